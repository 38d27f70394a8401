import { describe, expect, test } from 'vitest';
import { buildExamDayPlan, checkExamDayInputs } from '../../../../src/domain/exam-day/day-plan';
import { WorkspaceSchema } from '../../../../src/domain/workspace/schema';
import { futureExamDate } from '../../../fixtures/exam-plan';
import { registered, roomsPlanned, withCandidates } from '../../../fixtures/workspace';

describe('checkExamDayInputs', () => {
  test.each([
    { name: 'no plan', workspace: withCandidates, field: 'start-plan' },
    { name: 'no room plan', workspace: registered, field: 'start-rooms' },
  ])('reports $name', ({ workspace, field }) => {
    expect(checkExamDayInputs(workspace).map((problem) => problem.field)).toEqual([field]);
  });

  test('accepts a room plan that seats every registered candidate', () => {
    expect(checkExamDayInputs(roomsPlanned)).toEqual([]);
  });

  test('reports a room plan that no longer matches the registrations', () => {
    const changed = WorkspaceSchema.parse({
      ...roomsPlanned,
      enrolments: roomsPlanned.enrolments.map((e, i) => (i === 0 ? { ...e, level: null } : e)),
    });
    expect(checkExamDayInputs(changed)[0]!.message).toContain('1 个座位上的考生已不在报考名单中');
  });
});

describe('buildExamDayPlan', () => {
  const plan = buildExamDayPlan(roomsPlanned);

  test('seats candidates by name in seat order', () => {
    expect(plan.roomLevels[0]!.candidates[0]).toEqual({
      seat: 1,
      name: roomsPlanned.candidates[0]!.name,
      documentNumber: roomsPlanned.candidates[0]!.documentNumber,
    });
    expect(plan.roomLevels.map((room) => room.candidates.length)).toEqual([40, 40, 10]);
  });

  test('gives each room its level’s two sessions', () => {
    expect(plan.roomLevels[2]!.sessions.map((session) => session.id)).toEqual(['中级理论', '中级实操']);
  });

  test('takes the exam date from the plan', () => {
    expect(plan.examDate).toBe(futureExamDate);
  });
});
