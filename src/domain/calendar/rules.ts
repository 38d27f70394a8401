import { weekdayNames } from './facts';
import { coveredYears, makeUpWorkdays, publicHolidays } from './holiday-data';
import type { CalendarDay } from './schema';

const dayMs = 24 * 60 * 60 * 1000;
const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = isoDatePattern.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** Return the date `days` calendar days after (or before, if negative) an ISO date. */
export function addCalendarDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

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

/** Return a date for people: 2026年10月9日（周五）. */
export function formatChineseDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日（${weekdayNames[describeDay(date).weekday]}）`;
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

/**
 * Read a date as staff type it: 2026-04-01, 2026/4/1, 2026.4.1 or 2026年4月1日 (full-width
 * digits too). Returns the ISO date, or null when it is not a real date.
 */
export function parseDateInput(raw: string): string | null {
  const text = raw.trim().replace(/[０-９－／．]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
  if (!match) return null;
  const iso = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** Return a moment's calendar date in the user's own time zone, as YYYY-MM-DD. */
export function toLocalIsoDate(moment: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** Return the last working day on or before a date (the date itself when it is one). */
export function findWorkingDayOnOrBefore(date: string): string {
  let day = date;
  while (!describeDay(day).isWorkingDay) day = addCalendarDays(day, -1);
  return day;
}
