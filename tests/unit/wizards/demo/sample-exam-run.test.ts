import { describe, expect, test } from 'vitest';
import { buildSampleWorkspace } from '../../../../wizards/demo/sample-workspace';
import { buildSampleEnrolments } from '../../../../wizards/demo/sample-exam-run';
import { sampleLevels } from '../../../../wizards/demo/sample-plan';
import { sampleMajors, sampleStaff } from '../../../../wizards/demo/sample-school';
import { sampleStudents } from '../../../../wizards/demo/sample-students';
import { createRoomsContext } from '../../../../wizards/rooms/context';
import { checkAllocation } from '../../../../wizards/rooms/steps';
import { createStaffContext } from '../../../../wizards/staff/context';
import { checkAssignment } from '../../../../wizards/staff/steps';

const workspace = buildSampleWorkspace(new Date('2026-11-26T09:00:00+08:00'));
const accurate = workspace.enrolments.filter((choice) => choice.isInfoAccurate);

describe('buildSampleEnrolments', () => {
  test('gives every student a level the sample school sits', () => {
    const enrolments = buildSampleEnrolments();
    expect(enrolments.map((choice) => choice.documentNumber)).toEqual(sampleStudents.map((student) => student.documentNumber));
    expect(enrolments.every((choice) => choice.level !== null && sampleLevels.includes(choice.level))).toBe(true);
  });

  test.each([
    { years: 1, level: '初级' },
    { years: 2, level: '中级' },
  ])('enters students in year $years for $level', ({ years, level }) => {
    const numbers = new Set(sampleStudents.filter((student) => student.yearsEnrolled === years).map((student) => student.documentNumber));
    expect(buildSampleEnrolments().filter((choice) => numbers.has(choice.documentNumber)).every((choice) => choice.level === level)).toBe(true);
  });

  test('leaves students without a photo short of 信息准确', () => {
    const missing = new Set(sampleStudents.filter((student) => student.photo === 'missing').map((student) => student.documentNumber));
    expect(missing.size).toBeGreaterThan(0);
    expect(buildSampleEnrolments().filter((choice) => !choice.isInfoAccurate).map((choice) => choice.documentNumber).sort()).toEqual([...missing].sort());
  });
});

describe('addSampleSeatsAndProctors', () => {
  test('seats every 信息准确 candidate exactly once, in the level entered', () => {
    const seated = workspace.roomPlan.flatMap((entry) => entry.documentNumbers.map((number) => `${entry.level}:${number}`));
    expect(seated.sort()).toEqual(accurate.map((choice) => `${choice.level}:${choice.documentNumber}`).sort());
  });

  test('uses only the sample school’s rooms, with no error in the rooms wizard’s check', () => {
    const roomNames = new Set(workspace.rooms.map((room) => room.name));
    expect(workspace.roomPlan.every((entry) => roomNames.has(entry.roomName))).toBe(true);
    expect(checkAllocation(createRoomsContext(workspace)).errors).toEqual([]);
  });

  test('gives every seated room its proctors, with no error in the staff wizard’s check', () => {
    expect(workspace.proctorAssignments.map((entry) => `${entry.roomName}|${entry.level}`).sort()).toEqual(workspace.roomPlan.map((entry) => `${entry.roomName}|${entry.level}`).sort());
    expect(workspace.proctorAssignments.every((entry) => entry.proctors.length > 0)).toBe(true);
    expect(checkAssignment(createStaffContext(workspace)).errors).toEqual([]);
  });

  test('keeps the teacher of the candidates’ own major out of the rooms', () => {
    const ownMajorTeacher = sampleStaff.find((member) => member.subject === sampleMajors.ecommerce.name)!;
    expect(workspace.proctorAssignments.flatMap((entry) => entry.proctors)).not.toContain(ownMajorTeacher.name);
  });
});
