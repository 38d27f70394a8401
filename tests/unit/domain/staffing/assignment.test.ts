import { describe, expect, test } from 'vitest';
import { assignProctors, getSlotId } from '../../../../src/domain/staffing/assignment';
import { slots } from '../../../fixtures/staff';

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
