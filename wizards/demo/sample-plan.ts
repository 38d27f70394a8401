/**
 * The sample school's exam plan: the manual's example plan (手册 第三章 二,
 * `examplePlan`) moved forward by whole weeks to an exam day some weeks after
 * the day the demo is loaded, so every date lies ahead (registration still
 * open, the exam not yet sat) whenever a training session runs. Only the levels
 * the sample school sits are kept.
 */
import type { Level } from '../../src/domain/certificate/schema';
import { examplePlan } from '../../src/domain/plan/facts';
import type { ExamPlan } from '../../src/domain/plan/facts-schema';
import { addDays, getWeekday } from '../../src/domain/timeline/iso-date';

/** Least number of days between loading the demo and its exam day. */
export const sampleExamLeadDays = 42;

/** The levels the sample school's students sit: second-years 中级, first-years 初级. */
export const sampleLevels: readonly Level[] = ['初级', '中级'];

/** Return the day of the example plan's exam (its first subject's date). */
function getExampleExamDate(): string {
  return examplePlan.levels[0]!.subjects[0].date;
}

/** Return how many days (a whole number of weeks) move the example's exam day to the first same weekday at least the lead after `today`. */
export function countShiftDays(today: string): number {
  const earliest = addDays(today, sampleExamLeadDays);
  const examDay = addDays(earliest, (getWeekday(getExampleExamDate()) - getWeekday(earliest) + 7) % 7);
  return (Date.parse(examDay) - Date.parse(getExampleExamDate())) / 86_400_000;
}

/** Return the sample plan for a demo loaded on `today` (YYYY-MM-DD, China time). */
export function buildSamplePlan(today: string): ExamPlan {
  const days = countShiftDays(today);
  const shift = (range: { start: string; end: string }) => ({ start: addDays(range.start, days), end: addDays(range.end, days) });
  const year = Number(addDays(getExampleExamDate(), days).slice(0, 4));
  return {
    organisation: examplePlan.organisation,
    name: `${year}年网店运营推广全国统考（演示）`,
    year,
    registration: shift(examplePlan.registration),
    scheduling: shift(examplePlan.scheduling),
    scoreEntry: shift(examplePlan.scoreEntry),
    scorePublication: shift(examplePlan.scorePublication),
    levels: examplePlan.levels
      .filter((entry) => sampleLevels.includes(entry.level))
      .map((entry) => ({ ...entry, subjects: entry.subjects.map((subject) => ({ ...subject, date: addDays(subject.date, days) })) as typeof entry.subjects })),
  };
}
