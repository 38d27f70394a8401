/**
 * Working days: the holiday table applied to dates (what a day is, counting working days).
 * Date helpers that need no holiday table are in dates.ts.
 */
import { addCalendarDays } from './dates';
import { coveredYears, makeUpWorkdays, publicHolidays } from './holiday-data';
import type { CalendarDay } from './schema';

/** True when the holiday data covers the date's year. */
export function isYearCovered(year: number): boolean {
  return year >= coveredYears.first && year <= coveredYears.last;
}

/** Describe a date: weekday, kind (workday, weekend, holiday, make-up workday) and whether the data covers it. */
export function describeDay(date: string): CalendarDay {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  const isCovered = isYearCovered(Number(date.slice(0, 4)));
  const holidayName = publicHolidays.get(date);
  const makeUpName = makeUpWorkdays.get(date);
  if (makeUpName) return { date, weekday, kind: 'makeUpWorkday', holidayName: makeUpName, isWorkingDay: true, isCovered };
  if (holidayName) return { date, weekday, kind: 'holiday', holidayName, isWorkingDay: false, isCovered };
  const isWeekend = weekday === 0 || weekday === 6;
  return { date, weekday, kind: isWeekend ? 'weekend' : 'workday', isWorkingDay: !isWeekend, isCovered };
}

/** The result of counting working days forward from a date. */
export interface WorkingDayCount {
  /** The last working day of the period. */
  date: string;
  /** Every day looked at, from the day after the start to `date`, in order. */
  days: CalendarDay[];
  /** Years among `days` the holiday data does not cover (their days were counted as ordinary weeks). */
  uncoveredYears: number[];
}

/**
 * Count `count` working days after `start` (the start day itself is not counted) and
 * return the last one, every day looked at, and any year the holiday data lacks.
 */
export function addWorkingDays(start: string, count: number): WorkingDayCount {
  const days: CalendarDay[] = [];
  let counted = 0;
  let date = start;
  while (counted < count) {
    date = addCalendarDays(date, 1);
    const day = describeDay(date);
    days.push(day);
    if (day.isWorkingDay) counted += 1;
  }
  const uncoveredYears = [...new Set(days.filter((day) => !day.isCovered).map((day) => Number(day.date.slice(0, 4))))];
  return { date, days, uncoveredYears };
}

/** Return what kind of day a date is, in Chinese, e.g. 国庆节假期 or 调休上班（国庆节）. */
export function formatDayKind(day: CalendarDay): string {
  switch (day.kind) {
    case 'holiday':
      return `${day.holidayName}假期`;
    case 'makeUpWorkday':
      return `调休上班（${day.holidayName}）`;
    case 'weekend':
      return day.isCovered ? '周末' : '周末（按普通周推算）';
    case 'workday':
      return day.isCovered ? '工作日' : '工作日（按普通周推算）';
  }
}

/** Return the last working day on or before a date (the date itself when it is one). */
export function findWorkingDayOnOrBefore(date: string): string {
  let day = date;
  while (!describeDay(day).isWorkingDay) day = addCalendarDays(day, -1);
  return day;
}
