import { describe, expect, test } from 'vitest';
import { buildTimelineEvents } from '../../../../src/domain/timeline/events';
import { milestones } from '../../../../src/domain/timeline/facts';

const noWindows = { registration: null, scheduling: null, scoreEntry: null, scorePublication: null };

describe('buildTimelineEvents', () => {
  test('returns one event per milestone when the plan gives no windows', () => {
    expect(
      buildTimelineEvents('2021-06-26', noWindows)
        .map((event) => event.key)
        .sort(),
    ).toEqual(milestones.map((m) => m.key).sort());
  });

  test.each([
    { key: 'registration', title: '考试报名截止（按手册推算）', start: '2021-06-08', end: '2021-06-08' },
    { key: 'publication', title: '成绩公示（按手册推算）', start: '2021-07-12', end: '2021-07-18' },
    { key: 'certificates', title: '颁发证书', start: '2021-07-19', end: '2021-07-19' },
  ])('dates $key as $start – $end', ({ key, title, start, end }) => {
    const event = buildTimelineEvents('2021-06-26', noWindows).find((entry) => entry.key === key)!;
    expect({ title: event.title, start: event.start, end: event.end }).toEqual({ title, start, end });
  });

  test('adds the plan’s other windows where entered, in date order', () => {
    const events = buildTimelineEvents('2021-06-26', { ...noWindows, scheduling: { start: '2021-06-04', end: '2021-06-13' } });
    expect(events.find((event) => event.key === 'plan-scheduling')).toMatchObject({ title: '考核计划：排考时间', start: '2021-06-04', end: '2021-06-13', source: 'plan' });
    expect(events.map((event) => event.start)).toEqual(events.map((event) => event.start).sort());
  });

  test('dates registration by the plan’s 报考时间 instead of adding it as a second event', () => {
    const events = buildTimelineEvents('2021-06-26', { ...noWindows, registration: { start: '2021-04-14', end: '2021-06-03' } });
    expect(events.filter((event) => event.key.includes('registration')).map((event) => [event.key, event.title, event.end])).toEqual([['registration', '考试报名截止', '2021-06-03']]);
  });

  test('says a date worked out by the week rule is this site’s reading', () => {
    const exam = buildTimelineEvents('2021-06-26', noWindows).find((entry) => entry.key === 'equipment')!;
    expect(exam.details.some((line) => line.startsWith('说明：') && line.includes('本站对手册'))).toBe(true);
  });

  test('explains how each milestone was dated', () => {
    const registration = buildTimelineEvents('2021-06-26', noWindows).find((entry) => entry.key === 'registration')!;
    expect(registration.details).toContain('时间安排：考前第二周周二截止');
    expect(registration.details.some((line) => line.startsWith('推算：') && line.includes('2021年6月8日'))).toBe(true);
  });
});
