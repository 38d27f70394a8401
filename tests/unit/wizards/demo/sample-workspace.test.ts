import { beforeAll, describe, expect, test } from 'vitest';
import { checkCandidates } from '../../../../src/domain/candidates/check-table';
import { documentTypes } from '../../../../src/domain/candidates/facts';
import type { CandidateRow } from '../../../../src/domain/candidates/schema';
import type { RowCheckContext } from '../../../../src/domain/candidates/check-row';
import { loadPinyinEngine } from '../../../../src/domain/pinyin/load';
import { WorkspaceSchema } from '../../../../src/domain/workspace/schema';
import { fakeCountyCode, fakePhonePrefix } from '../../../../wizards/demo/demo-identity';
import { sampleApprovedScale, sampleMajors, sampleSchoolName } from '../../../../wizards/demo/sample-school';
import { sampleStudents } from '../../../../wizards/demo/sample-students';
import { buildSamplePlan } from '../../../../wizards/demo/sample-plan';
import { buildSampleWorkspace } from '../../../../wizards/demo/sample-workspace';

const now = new Date('2026-11-26T09:00:00+08:00');
const workspace = buildSampleWorkspace(now);

let context: RowCheckContext;
beforeAll(async () => {
  context = { pinyin: await loadPinyinEngine(), umlautStyle: 'lyu', today: now };
});

describe('buildSampleWorkspace', () => {
  test('returns a workspace the schema accepts as it is', () => {
    expect(WorkspaceSchema.parse(workspace)).toEqual(workspace);
  });

  test('marks the school as a demo and names its site after the certificate', () => {
    expect(workspace.school.name).toContain('演示');
    expect(workspace.school.siteName).toBe(`${sampleSchoolName}网店运营推广职业技能等级证书`);
    expect(workspace.examPlan.name).toContain('演示');
  });

  test('holds about sixty students, each document number once', () => {
    expect(workspace.candidates.length).toBeGreaterThanOrEqual(55);
    expect(new Set(workspace.candidates.map((candidate) => candidate.documentNumber)).size).toBe(workspace.candidates.length);
  });

  test('holds a student of every 证件类型', () => {
    expect(new Set(workspace.candidates.map((candidate) => candidate.documentType))).toEqual(new Set(documentTypes));
  });

  test('passes every student through the candidate wizard’s checks without an error', () => {
    const rows: CandidateRow[] = workspace.candidates.map(({ candidateType: _, ...values }, index) => ({ id: index, sourceRow: index + 2, values }));
    const errors = checkCandidates(rows, context).issues.filter((issue) => issue.severity === 'error');
    expect(errors).toEqual([]);
  });

  test('uses only fake 身份证 address codes and fake phone numbers', () => {
    const ids = workspace.candidates.filter((candidate) => candidate.documentType === '身份证');
    expect(ids.every((candidate) => candidate.documentNumber.slice(2, 6) === fakeCountyCode)).toBe(true);
    expect([...workspace.candidates, ...workspace.staff].every((person) => person.phone.startsWith(fakePhonePrefix))).toBe(true);
  });

  test('places students beyond the approved scale and outside the pilot majors in 社会考生', () => {
    const pilotNames: string[] = Object.values(sampleMajors).filter((major) => major.isPilot).map((major) => major.name);
    const pilotStudents = workspace.candidates.filter((candidate) => pilotNames.includes(candidate.major));
    expect(pilotStudents.length).toBeGreaterThan(sampleApprovedScale);
    expect(pilotStudents.filter((candidate) => candidate.candidateType === '院校考生')).toHaveLength(sampleApprovedScale);
    expect(workspace.candidates.filter((candidate) => !pilotNames.includes(candidate.major)).every((candidate) => candidate.candidateType === '社会考生')).toBe(true);
  });

  test('counts 入学年份 back from the year of the exam', () => {
    expect(new Set(workspace.candidates.map((candidate) => candidate.enrolmentYear))).toEqual(new Set([String(workspace.examPlan.year! - 1), String(workspace.examPlan.year! - 2)]));
  });

  test('copies the plan’s windows and each level’s subject times, as the exam-run wizards read them', () => {
    const plan = buildSamplePlan('2026-11-26');
    expect(workspace.examPlan.scorePublication).toEqual(plan.scorePublication);
    expect(workspace.examPlan.levels).toEqual(
      plan.levels.map(({ level, subjects: [theory, practical] }) => ({
        level,
        theory: { date: theory.date, start: theory.start, end: theory.end },
        practical: { date: practical.date, start: practical.start, end: practical.end },
      })),
    );
  });

  test('has teachers for the four school roles and proctors, and rooms', () => {
    expect(new Set(workspace.staff.map((member) => member.role))).toEqual(new Set(['主考', '副主考', '工作人员', '系统管理员', '监考员']));
    expect(workspace.rooms.length).toBeGreaterThanOrEqual(3);
  });
});

describe('sampleStudents', () => {
  test('lists students whose photos are missing', () => {
    expect(sampleStudents.filter((student) => student.photo === 'missing').length).toBeGreaterThanOrEqual(2);
  });
});
