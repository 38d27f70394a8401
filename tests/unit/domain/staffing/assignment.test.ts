import { describe, expect, test } from 'vitest';
import { assignProctors, getSlotId, resolveProctorAssignments } from '../../../../src/domain/staffing/assignment';
import { majors, slots, teachers as fixtureTeachers } from '../../../fixtures/staff';

const teachers = (names: string[], ownMajor: string[] = []) => names.map((name) => ({ name, isOwnMajor: ownMajor.includes(name) }));

describe('assignProctors', () => {
  test('fills every room with the proctors it needs', () => {
    const { assignments, shortfalls } = assignProctors(teachers(['A', 'B', 'C', 'D', 'E']), slots);
    expect(assignments.map((entry) => entry.proctors.length)).toEqual([3, 2, 2]);
    expect(shortfalls).toEqual([]);
  });

  test('never puts one teacher in two rooms at the same time', () => {
    const { assignments } = assignProctors(teachers(['A', 'B', 'C', 'D', 'E']), slots);
    const afternoon = [...assignments[0]!.proctors, ...assignments[1]!.proctors];
    expect(new Set(afternoon).size).toBe(afternoon.length);
  });

  test('uses a teacher of the candidates’ major only when nobody else is free', () => {
    const { assignments } = assignProctors(teachers(['A', 'B', 'C', 'D', 'E', 'F'], ['A']), slots);
    expect(assignments.flatMap((entry) => entry.proctors)).not.toContain('A');
  });

  test('gives the afternoon rooms to teachers who did not proctor in the morning', () => {
    const { assignments } = assignProctors(teachers(['A', 'B', 'C', 'D', 'E', 'F', 'G']), slots);
    expect(assignments.map((entry) => entry.proctors)).toEqual([
      ['C', 'D', 'E'],
      ['F', 'G'],
      ['A', 'B'],
    ]);
  });

  test('reports the rooms still short of proctors', () => {
    const { shortfalls } = assignProctors(teachers(['A', 'B', 'C']), slots);
    expect(shortfalls).toEqual([{ roomName: '302', level: '初级', missing: 2 }]);
  });
});

describe('getSlotId', () => {
  test('joins room and level', () => {
    expect(getSlotId(slots[0]!)).toBe('301|初级');
  });
});

describe('resolveProctorAssignments', () => {
  const input = { teachers: fixtureTeachers, slots, majors, chosen: null };
  const automatic = resolveProctorAssignments(input);

  test('assigns only 监考员, keeping the teacher of the candidates’ major for last', () => {
    const assigned = new Set(automatic.flatMap((entry) => entry.proctors));
    expect(assigned.has('王建国')).toBe(false);
    expect(assigned.has('赵敏')).toBe(true);
    expect(automatic.map((entry) => entry.proctors.length)).toEqual([3, 2, 2]);
    expect(automatic[0]!.proctors).not.toContain('赵敏');
  });

  test.each([
    { name: 'keeps the user’s choice for the rooms they changed', chosen: [{ roomName: '302', level: '初级' as const, proctors: ['钱伟'] }], changed: 1 },
    { name: 'ignores a choice for a room no longer in the plan', chosen: [{ roomName: '309', level: '初级' as const, proctors: ['钱伟'] }], changed: -1 },
  ])('$name, and the automatic choice elsewhere', ({ chosen, changed }) => {
    const resolved = resolveProctorAssignments({ ...input, chosen });
    resolved.forEach((entry, index) => expect(entry).toEqual(index === changed ? chosen[0] : automatic[index]));
  });
});
