import { describe, expect, test } from 'vitest';
import { computeTimeline, getRegistrationDeadline, type PlanWindows } from '../../../../src/domain/timeline/plan-dates';
import { buildTimelineEvents } from '../../../../src/domain/timeline/events';

const noWindows: PlanWindows = { registration: null, scheduling: null, scoreEntry: null, scorePublication: null };
/** The sample plan of issue 11: the rule gives 2026-12-29, the plan's 报考时间 ends 2026-12-24. */
const examDate = '2027-01-16';
const withRegistration: PlanWindows = { ...noWindows, registration: { start: '2026-11-04', end: '2026-12-24' } };

describe('getRegistrationDeadline', () => {
  test('uses the plan’s 报考时间 end as the one deadline', () => {
    expect(getRegistrationDeadline(examDate, withRegistration)).toMatchObject({ source: 'plan', end: '2026-12-24', start: undefined });
  });

  test('warns that the manual’s rule gives another date and that the plan decides', () => {
    expect(getRegistrationDeadline(examDate, withRegistration).conflict).toBe(
      '考核计划的报考时间截止于 2026年12月24日（周四），按手册“考前第二周周二截止”推算是 2026年12月29日（周二），两者不同：以考核计划为准，请在 2026年12月24日（周四）当天或之前完成考试报名',
    );
  });

  test('gives no warning when the plan and the rule agree', () => {
    expect(getRegistrationDeadline(examDate, { ...noWindows, registration: { start: '2026-11-04', end: '2026-12-29' } }).conflict).toBeUndefined();
  });

  test('falls back to the manual’s rule, labelled as such, when the plan’s 报考时间 is not known', () => {
    const deadline = getRegistrationDeadline(examDate, noWindows);
    expect(deadline).toMatchObject({ source: 'rule', end: '2026-12-29' });
    expect(deadline.fallbackNote).toContain('按手册“重要时间节点”推算的日期，仅供参考');
  });
});

describe('computeTimeline', () => {
  test('dates 成绩公示 and 颁发证书 by the plan’s 成绩公示时间 when known', () => {
    const timeline = computeTimeline(examDate, { ...noWindows, scorePublication: { start: '2027-02-08', end: '2027-02-21' } });
    expect(timeline.find((entry) => entry.milestone.key === 'publication')).toMatchObject({ source: 'plan', start: '2027-02-08', end: '2027-02-21' });
    expect(timeline.find((entry) => entry.milestone.key === 'certificates')).toMatchObject({ source: 'rule', start: '2027-02-22' });
  });

  test('marks no fallback on stages the plan does not date', () => {
    expect(computeTimeline(examDate, noWindows).find((entry) => entry.milestone.key === 'exam')!.fallbackNote).toBeUndefined();
  });
});

describe('buildTimelineEvents with both deadlines', () => {
  const events = buildTimelineEvents(examDate, withRegistration);

  test('writes one registration event, on the plan’s date', () => {
    const registration = events.filter((event) => event.title.startsWith('考试报名') || event.title.includes('报考时间'));
    expect(registration.map((event) => [event.title, event.start, event.end])).toEqual([['考试报名截止', '2026-12-24', '2026-12-24']]);
  });

  test('carries the conflict as a warning in the event and its description', () => {
    const registration = events.find((event) => event.key === 'registration')!;
    expect(registration.warning).toContain('以考核计划为准');
    expect(registration.details[0]).toBe(`注意：${registration.warning}。`);
  });
});
