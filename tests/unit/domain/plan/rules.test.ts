import { describe, expect, test } from 'vitest';
import {
  checkLevelTimes,
  doLevelsOverlap,
  doSittingsOverlap,
  getExamDate,
  getLevelSpan,
  listSessions,
  readPlanExamDate,
  toPlanLevelTimes,
  type SittingDraft,
} from '../../../../src/domain/plan/rules';
import { manualExampleLevels } from '../../../fixtures/exam-plan';

const today = '2021-05-01';
const sitting = (date: string, start: string, end: string): SittingDraft => ({ date, start, end });
const good = { theory: sitting('2021-06-26', '14:00', '15:00'), practical: sitting('2021-06-26', '15:15', '17:45') };

describe('checkLevelTimes', () => {
  test('returns no problem for the manual’s 初级 times', () => {
    expect(checkLevelTimes('初级', good, today)).toEqual([]);
  });

  test.each([
    { name: 'a missing date', draft: { ...good, theory: sitting('', '14:00', '15:00') }, field: '初级-theory-date' },
    { name: 'a date in the past', draft: { ...good, theory: sitting('2021-04-30', '14:00', '15:00') }, field: '初级-theory-date' },
    { name: 'a time without colon', draft: { ...good, practical: sitting('2021-06-26', '1515', '17:45') }, field: '初级-practical-start' },
    { name: 'an end before the start', draft: { ...good, theory: sitting('2021-06-26', '15:00', '14:00') }, field: '初级-theory-end' },
    { name: 'overlapping subjects', draft: { ...good, practical: sitting('2021-06-26', '14:30', '17:45') }, field: '初级-practical-start' },
  ])('reports $name on $field', ({ draft, field }) => {
    expect(checkLevelTimes('初级', draft, today).map((problem) => problem.field)).toEqual([field]);
  });

  test('names the level, subject and both times when the end is not after the start', () => {
    const [problem] = checkLevelTimes('中级', { ...good, theory: sitting('2021-06-26', '09:30', '09:30') }, today);
    expect(problem!.message).toBe('中级理论的结束时间 09:30 必须晚于开始时间 09:30。');
  });

  test('trims spaces typed around values', () => {
    const draft = { ...good, theory: sitting(' 2021-06-26 ', ' 14:00', '15:00 ') };
    expect(checkLevelTimes('初级', draft, today)).toEqual([]);
    expect(toPlanLevelTimes('初级', draft).theory).toEqual({ date: '2021-06-26', start: '14:00', end: '15:00' });
  });
});

describe('doSittingsOverlap', () => {
  test.each([
    { a: ['14:00', '15:00'], b: ['15:00', '16:00'], expected: false },
    { a: ['14:00', '15:00'], b: ['14:59', '16:00'], expected: true },
    { a: ['08:30', '09:30'], b: ['14:00', '15:00'], expected: false },
    { a: ['14:00', '19:15'], b: ['15:15', '17:45'], expected: true },
  ])('returns $expected for $a and $b', ({ a, b, expected }) => {
    const [x, y] = [a, b].map(([start, end]) => ({ date: '2021-06-26', start: start!, end: end! }));
    expect(doSittingsOverlap(x!, y!)).toBe(expected);
  });
});

describe('listSessions', () => {
  test('returns the manual’s six sittings in time order', () => {
    expect(listSessions(manualExampleLevels).map((session) => `${session.start} ${session.id}`)).toEqual([
      '08:30 中级理论',
      '09:45 中级实操',
      '14:00 初级理论',
      '14:00 高级理论',
      '15:15 初级实操',
      '15:15 高级实操',
    ]);
  });

  test('carries each subject’s 19-digit code', () => {
    expect(listSessions(manualExampleLevels)[0]!.subject.code).toBe('1630003007020028202');
  });
});

describe('getExamDate', () => {
  test('returns the earliest sitting day', () => {
    const levels = [{ ...manualExampleLevels[0]!, practical: { date: '2021-06-27', start: '08:00', end: '10:00' } }];
    expect(getExamDate(levels)).toBe('2021-06-26');
  });
});

describe('readPlanExamDate', () => {
  test.each([
    { name: 'the subject times, over a typed date', plan: { levels: manualExampleLevels, examDate: '2030-01-01' }, expected: getExamDate(manualExampleLevels) },
    { name: 'the typed date without subject times', plan: { levels: [], examDate: '2030-01-01' }, expected: '2030-01-01' },
    { name: 'nothing without either', plan: { levels: [], examDate: null }, expected: '' },
  ])('returns $name', ({ plan, expected }) => {
    expect(readPlanExamDate(plan)).toBe(expected);
  });
});

describe('getLevelSpan', () => {
  test('runs from the first start to the last end', () => {
    expect(getLevelSpan(manualExampleLevels[2]!)).toEqual({
      from: { date: '2021-06-26', time: '14:00' },
      to: { date: '2021-06-26', time: '19:15' },
    });
  });
});

describe('doLevelsOverlap', () => {
  const [junior, middle, senior] = manualExampleLevels;
  test.each([
    { name: '初级 and 高级 (both afternoon)', a: junior!, b: senior!, expected: true },
    { name: '初级 and 中级 (afternoon and morning)', a: junior!, b: middle!, expected: false },
  ])('returns $expected for $name', ({ a, b, expected }) => {
    expect(doLevelsOverlap(a, b)).toBe(expected);
  });
});

describe('checkLevelTimes with two bad sittings', () => {
  test('reports each sitting’s own problem', () => {
    const draft = { theory: sitting('', '14:00', '15:00'), practical: sitting('2021-06-26', '17:45', '15:15') };
    expect(checkLevelTimes('初级', draft, today).map((problem) => problem.field)).toEqual(['初级-theory-date', '初级-practical-end']);
  });
});
