/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`). Dates are handled as UTC
 * midnights so that no time zone or daylight-saving change can move a day.
 * Working days (holidays, 调休) are not counted here: see src/domain/calendar.
 */

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const dayMs = 86_400_000;

/** Chinese names of the weekdays, Monday first (index 0 = 周一). */
export const weekdayNames = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'] as const;

/** True when the text is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  const match = isoDatePattern.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return toIsoDate(date) === text;
}

function toUtc(iso: string): Date {
  if (!isIsoDate(iso)) throw new RangeError(`Not an ISO date: ${iso}`);
  return new Date(`${iso}T00:00:00Z`);
}

function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Return the date `days` days after `iso` (negative: before). */
export function addDays(iso: string, days: number): string {
  return toIsoDate(new Date(toUtc(iso).getTime() + days * dayMs));
}

/** Return the calendar days from `from` to `to` (negative when `to` is earlier): the timeline counts calendar days. */
export function countDaysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / dayMs);
}

/** Return the weekday of a date: 1 = Monday … 7 = Sunday. */
export function getWeekday(iso: string): number {
  return ((toUtc(iso).getUTCDay() + 6) % 7) + 1;
}

/** Return the Monday of the Monday–Sunday week that contains `iso`. */
export function getMondayOfWeek(iso: string): string {
  return addDays(iso, 1 - getWeekday(iso));
}

/**
 * Return the same day `months` calendar months away; a day the target month
 * lacks becomes its last day (03-31 minus one month → 02-28 or 02-29).
 */
export function addMonths(iso: string, months: number): string {
  const date = toUtc(iso);
  const monthIndex = date.getUTCFullYear() * 12 + date.getUTCMonth() + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return toIsoDate(new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay))));
}

/** Return a date in Chinese with its weekday, e.g. 2021年6月8日（周二）. */
export function formatChineseDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日（${weekdayNames[getWeekday(iso) - 1]}）`;
}

/** Return the dates of an event in words: one day, or first to last day. */
export function formatEventDates(event: { start: string; end: string }): string {
  return event.start === event.end ? formatChineseDate(event.start) : `${formatChineseDate(event.start)} 至 ${formatChineseDate(event.end)}`;
}

/** Return a short date with its weekday, e.g. 6月8日 周二. */
export function formatShortChineseDate(iso: string): string {
  const [, month, day] = iso.split('-').map(Number);
  return `${month}月${day}日 ${weekdayNames[getWeekday(iso) - 1]}`;
}

/** Return today's date in the browser's (or server's) local time zone. */
export function getLocalToday(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
