import { describe, expect, test } from 'vitest';
import { computeTimeline, getRegistrationDeadline, listOtherPlanWindows, type PlanWindows } from '../../../../src/domain/timeline/plan-dates';
import { buildTimelineEvents } from '../../../../src/domain/timeline/events';
import { examplePlan } from '../../../../src/domain/plan/facts';

const noWindows: PlanWindows = { registration: null, scheduling: null, scoreEntry: null, scorePublication: null };
/** The sample plan of issue 11: the rule gives 2026-12-29, the plan's 报考时间 ends 2026-12-24. */
const examDate = '2027-01-16';
const withRegistration: PlanWindows = { ...noWindows, registration: { start: '2026-11-04', end: '2026-12-24' } };
const exampleExamDate = examplePlan.levels[0]!.subjects[0].date;

/** Return one milestone dated by the manual's rule alone (no plan window entered). */
const getRuleDated = (exam: string, key: string) => computeTimeline(exam, noWindows).find((entry) => entry.milestone.key === key)!;


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

describe('listOtherPlanWindows', () => {
  test.each([
    { name: 'no window entered', windows: noWindows, expected: [] },
    { name: '报考时间 only (it dates 考试报名)', windows: withRegistration, expected: [] },
    {
      name: 'every window',
      windows: { registration: withRegistration.registration, scheduling: { start: '2027-01-01', end: '2027-01-08' }, scoreEntry: { start: '2027-01-20', end: '2027-01-25' }, scorePublication: { start: '2027-02-08', end: '2027-02-21' } },
      expected: ['scheduling', 'scoreEntry'],
    },
  ])('returns $expected for $name', ({ windows, expected }) => {
    expect(listOtherPlanWindows(windows)).toEqual(expected);
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

describe('computeTimeline without the plan’s windows (the manual’s rule alone)', () => {
  // The manual's example plan: exam on 2021-06-26 (a Saturday).
  test.each([
    { key: 'registration', start: undefined, end: '2021-06-08' },
    { key: 'trainingAndScheduling', start: '2021-06-09', end: examplePlan.scheduling.end },
    { key: 'equipment', start: '2021-05-26', end: '2021-06-20' },
    { key: 'materials', start: '2021-06-14', end: '2021-06-25' },
    { key: 'exam', start: exampleExamDate, end: exampleExamDate },
    { key: 'publication', start: examplePlan.scorePublication.start, end: examplePlan.scorePublication.end },
    { key: 'certificates', start: '2021-07-19', end: undefined },
  ])('returns $start – $end for $key of the manual’s example plan', ({ key, start, end }) => {
    const dated = getRuleDated(exampleExamDate, key);
    expect([dated.start, dated.end]).toEqual([start, end]);
  });

  test.each([
    // Exam on a Monday at a month start: registration closes in the previous month.
    { exam: '2026-06-01', registration: '2026-05-19', publication: ['2026-06-22', '2026-06-28'] },
    // Exam in early January: registration closes in the previous year.
    { exam: '2027-01-09', registration: '2026-12-22', publication: ['2027-01-25', '2027-01-31'] },
    // Exam in mid-December: publication runs into the next year.
    { exam: '2026-12-20', registration: '2026-12-01', publication: ['2027-01-04', '2027-01-10'] },
    // Exam on a Sunday: the exam's week still starts on the Monday before.
    { exam: '2026-11-29', registration: '2026-11-10', publication: ['2026-12-14', '2026-12-20'] },
  ])('returns registration $registration for an exam on $exam', ({ exam, registration, publication }) => {
    expect(getRuleDated(exam, 'registration').end).toBe(registration);
    const dated = getRuleDated(exam, 'publication');
    expect([dated.start, dated.end]).toEqual(publication);
  });

  test('explains every resolved day', () => {
    for (const dated of computeTimeline('2026-06-27', noWindows)) {
      const resolved = [dated.start, dated.end].filter(Boolean);
      expect(dated.derivation).toHaveLength(resolved.length);
    }
  });
});
