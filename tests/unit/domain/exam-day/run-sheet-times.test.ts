import { describe, expect, test } from 'vitest';
import { buildRunSheet, describeRelativeTime } from '../../../../src/domain/exam-day/run-sheet-times';
import { listSessions } from '../../../../src/domain/plan/rules';
import { manualExampleLevels } from '../../../fixtures/exam-plan';

const sessions = listSessions(manualExampleLevels);
const middleTheory = sessions.find((session) => session.id === '中级理论')!;
const juniorPractical = sessions.find((session) => session.id === '初级实操')!;

describe('buildRunSheet', () => {
  test.each([
    { key: 'bootMachines', time: '07:00' },
    { key: 'admitCandidates', time: '08:00' },
    { key: 'readRules', time: '08:15' },
    { key: 'start', time: '08:30' },
    { key: 'secondCheck', time: '08:45' },
    { key: 'entryCloses', time: '09:00' },
    { key: 'timeReminder', time: '09:15' },
    { key: 'theoryEarlyLeave', time: '09:15' },
    { key: 'stop', time: '09:30' },
  ])('puts $key at $time for 中级理论 08:30–09:30', ({ key, time }) => {
    expect(buildRunSheet(middleTheory).find((line) => line.point.key === key)!.time).toBe(time);
  });

  test('lists the lines in time order', () => {
    const times = buildRunSheet(middleTheory).map((line) => line.time);
    expect(times).toEqual([...times].sort());
  });

  test('uses the practical early-leave rule only for 实操', () => {
    expect(buildRunSheet(middleTheory).map((line) => line.point.key)).not.toContain('practicalEarlyLeave');
    expect(buildRunSheet(juniorPractical).find((line) => line.point.key === 'practicalEarlyLeave')!.time).toBe('17:15');
    expect(buildRunSheet(juniorPractical).map((line) => line.point.key)).not.toContain('theoryEarlyLeave');
  });

  test('moves a step before an early-morning start to the day before', () => {
    const night = { ...middleTheory, date: '2027-01-01', start: '00:30', end: '01:30' };
    const boot = buildRunSheet(night)[0]!;
    expect([boot.point.key, boot.date, boot.time]).toEqual(['bootMachines', '2026-12-31', '23:00']);
  });

  test('says who is responsible on every line', () => {
    for (const line of buildRunSheet(juniorPractical)) expect(line.point.who).not.toBe('');
  });

  test('tells candidates to log in with the ticket number and its last 6 digits', () => {
    expect(buildRunSheet(middleTheory).find((line) => line.point.key === 'login')!.point.action).toContain('后 6 位');
  });
});

describe('describeRelativeTime', () => {
  test.each([
    { anchor: 'start' as const, minutes: -90, expected: '开考前 90 分钟' },
    { anchor: 'start' as const, minutes: 0, expected: '开考' },
    { anchor: 'start' as const, minutes: 30, expected: '开考后 30 分钟' },
    { anchor: 'end' as const, minutes: -15, expected: '结束前 15 分钟' },
    { anchor: 'end' as const, minutes: 0, expected: '考试结束' },
  ])('returns $expected', ({ anchor, minutes, expected }) => {
    expect(describeRelativeTime({ anchor, minutes })).toBe(expected);
  });
});
