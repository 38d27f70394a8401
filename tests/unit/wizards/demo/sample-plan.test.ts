import { describe, expect, test } from 'vitest';
import { examplePlan } from '../../../../src/domain/plan/facts';
import { buildSamplePlan, countShiftDays, sampleExamLeadDays, sampleLevels } from '../../../../wizards/demo/sample-plan';

const dayMs = 86_400_000;
const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / dayMs;
const examDateOf = (plan: ReturnType<typeof buildSamplePlan>) => plan.levels[0]!.subjects[0].date;

describe('countShiftDays', () => {
  test.each(['2026-11-26', '2026-12-31', '2027-02-28', '2028-02-29'])('returns whole weeks for %s', (today) => {
    expect(countShiftDays(today) % 7).toBe(0);
  });
});

describe('buildSamplePlan', () => {
  test.each(['2026-11-26', '2026-12-27', '2027-06-01', '2028-12-20'])('puts the exam between six and seven weeks after %s', (today) => {
    const lead = daysBetween(today, examDateOf(buildSamplePlan(today)));
    expect(lead).toBeGreaterThanOrEqual(sampleExamLeadDays);
    expect(lead).toBeLessThan(sampleExamLeadDays + 7);
  });

  test('keeps the example plan’s weekdays and the distances between its dates', () => {
    const plan = buildSamplePlan('2026-11-26');
    const exampleExam = examplePlan.levels[0]!.subjects[0].date;
    expect(new Date(examDateOf(plan)).getUTCDay()).toBe(new Date(exampleExam).getUTCDay());
    expect(daysBetween(plan.registration.start, examDateOf(plan))).toBe(daysBetween(examplePlan.registration.start, exampleExam));
    expect(daysBetween(examDateOf(plan), plan.scorePublication.end)).toBe(daysBetween(exampleExam, examplePlan.scorePublication.end));
  });

  test('takes the year of the exam across a year end and marks the plan as a demo', () => {
    const plan = buildSamplePlan('2026-11-26');
    expect(plan.year).toBe(2027);
    expect(plan.name).toBe('2027年网店运营推广全国统考（演示）');
  });

  test('keeps only the levels the sample school sits, with the example’s subject times', () => {
    const plan = buildSamplePlan('2026-11-26');
    expect(plan.levels.map((entry) => entry.level)).toEqual(sampleLevels);
    const intermediate = plan.levels.find((entry) => entry.level === '中级')!;
    expect(intermediate.subjects.map(({ start, end }) => `${start}-${end}`)).toEqual(['08:30-09:30', '09:45-11:45']);
  });
});
