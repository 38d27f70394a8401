import { describe, expect, test } from 'vitest';
import { runSheetPoints } from '../../../src/domain/exam-day/run-sheet';
import type { RunSheetPoint } from '../../../src/domain/exam-day/schema';
import {
  clockTimeIn,
  formatRelativeTime,
  listExampleRows,
  listExampleSessions,
  orderRunSheet,
  shiftClock,
  type Session,
} from '../../../src/components/run-sheet-timeline';

const theory: Session = { label: '初级理论', kind: '理论', start: '14:00', end: '15:00' };
const practical: Session = { label: '初级实操', kind: '实操', start: '15:15', end: '17:45' };
const point = (anchor: 'start' | 'end', minutes: number, subjectKind?: '理论' | '实操'): RunSheetPoint => ({
  key: `${anchor}${minutes}`,
  anchor,
  minutes,
  action: 'a',
  who: 'w',
  source: 's',
  ...(subjectKind ? { subjectKind } : {}),
});

describe('formatRelativeTime', () => {
  test.each([
    { anchor: 'start', minutes: -90, expected: '开考前 90 分钟' },
    { anchor: 'start', minutes: 0, expected: '开考时' },
    { anchor: 'start', minutes: 15, expected: '开考后 15 分钟' },
    { anchor: 'end', minutes: -15, expected: '结束前 15 分钟' },
    { anchor: 'end', minutes: 0, expected: '考试结束时' },
    { anchor: 'end', minutes: 10, expected: '结束后 10 分钟' },
  ] as const)('returns $expected for $minutes minutes from the $anchor', ({ anchor, minutes, expected }) => {
    expect(formatRelativeTime({ anchor, minutes })).toBe(expected);
  });
});

describe('orderRunSheet', () => {
  test('puts start-anchored points first, each group by minutes', () => {
    const ordered = orderRunSheet([point('end', 0), point('start', 30), point('end', -15), point('start', -90)]);
    expect(ordered.map((p) => p.key)).toEqual(['start-90', 'start30', 'end-15', 'end0']);
  });

  test('keeps the manual’s points in time order already', () => {
    expect(orderRunSheet(runSheetPoints).map((p) => p.key)).toEqual(runSheetPoints.map((p) => p.key));
  });
});

describe('shiftClock', () => {
  test.each([
    { clock: '14:00', minutes: -90, expected: '12:30' },
    { clock: '09:45', minutes: 15, expected: '10:00' },
    { clock: '00:30', minutes: -30, expected: '00:00' },
  ])('returns $expected for $clock moved $minutes minutes', ({ clock, minutes, expected }) => {
    expect(shiftClock(clock, minutes)).toBe(expected);
  });

  test('throws when the time leaves the day', () => {
    expect(() => shiftClock('00:30', -31)).toThrow('leaves the day');
  });
});

describe('clockTimeIn', () => {
  test.each([
    { p: point('start', -30), session: theory, expected: '13:30' },
    { p: point('end', -15), session: practical, expected: '17:30' },
    { p: point('end', -30, '实操'), session: theory, expected: undefined },
    { p: point('end', -30, '实操'), session: practical, expected: '17:15' },
  ])('returns $expected in $session.label', ({ p, session, expected }) => {
    expect(clockTimeIn(p, session)).toBe(expected);
  });
});

describe('listExampleSessions', () => {
  test('returns the theory and practical session of a level of the example plan', () => {
    expect(listExampleSessions('初级')).toEqual([theory, practical]);
  });
});

describe('listExampleRows', () => {
  test('merges points at the same relative time into one row', () => {
    const rows = listExampleRows([point('start', -30), point('start', -30), point('end', -30, '实操')], [theory, practical]);
    expect(rows).toEqual([
      { when: '开考前 30 分钟', times: ['13:30', '14:45'] },
      { when: '结束前 30 分钟', times: [undefined, '17:15'] },
    ]);
  });

  test('fills a session from any point of the row that applies to it', () => {
    const rows = listExampleRows([point('end', -15, '理论'), point('end', -15)], [theory, practical]);
    expect(rows).toEqual([{ when: '结束前 15 分钟', times: ['14:45', '17:30'] }]);
  });
});
