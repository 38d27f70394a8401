import { describe, expect, test } from 'vitest';
import { runSheetPoints } from '../../../src/domain/exam-day/run-sheet';
import type { RunSheetPoint } from '../../../src/domain/exam-day/schema';
import { buildExampleRoomDay, formatRelativeTime, orderRunSheet } from '../../../src/components/run-sheet-timeline';
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

describe('buildExampleRoomDay', () => {
  const sheet = buildExampleRoomDay('初级');
  const [theory, practical] = sheet.sessions;

  test('holds the level’s two sessions of the example plan in one room, 理论 14:00–15:00 then 实操 15:15–17:45', () => {
    expect(sheet.sessions.map((session) => [session.id, session.start, session.end])).toEqual([
      ['初级理论', '14:00', '15:00'],
      ['初级实操', '15:15', '17:45'],
    ]);
  });

  test('puts no line of the 实操 session while 理论 is running', () => {
    const practicalLines = sheet.lines.filter((line) => line.session === practical);
    expect(practicalLines.filter((line) => line.time > theory!.start && line.time < theory!.end)).toEqual([]);
    expect(practicalLines.find((line) => line.point.key === 'admitCandidates')).toMatchObject({ time: '15:00', relative: '上一场结束后' });
  });

  test('starts the machines once, 90 minutes before the first session', () => {
    expect(sheet.lines.filter((line) => line.point.key === 'bootMachines').map((line) => [line.session.id, line.time])).toEqual([['初级理论', '12:30']]);
  });
});
