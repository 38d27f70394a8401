/**
 * Clock times of an exam day (`HH:MM`, 24 h) and moving them by minutes across
 * midnight: a session that starts at 00:30 has its T−90 step at 23:00 the day before.
 */
import { addDays } from '../timeline/iso-date';

const timePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;
const dayMinutes = 24 * 60;

/** A date and clock time, e.g. { date: '2026-06-27', time: '08:30' }. */
export interface DateTime {
  date: string;
  time: string;
}

/** True when the text is a clock time written `HH:MM` (00:00–23:59). */
export function isTimeOfDay(text: string): boolean {
  return timePattern.test(text);
}

/** Return the minutes since midnight of a `HH:MM` time. */
export function parseTimeOfDay(time: string): number {
  const match = timePattern.exec(time);
  if (!match) throw new RangeError(`Not a time of day: ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Return `HH:MM` for minutes since midnight (0–1439). */
export function formatTimeOfDay(minutes: number): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** Return the date and time `minutes` after (negative: before) a date and time, across midnight. */
export function shiftDateTime(at: DateTime, minutes: number): DateTime {
  const total = parseTimeOfDay(at.time) + minutes;
  const dayShift = Math.floor(total / dayMinutes);
  return { date: addDays(at.date, dayShift), time: formatTimeOfDay(total - dayShift * dayMinutes) };
}

/** Return the minutes from `from` to `to`, which may be on different days. */
export function countMinutesBetween(from: DateTime, to: DateTime): number {
  const days = (Date.parse(`${to.date}T00:00:00Z`) - Date.parse(`${from.date}T00:00:00Z`)) / 86_400_000;
  return days * dayMinutes + parseTimeOfDay(to.time) - parseTimeOfDay(from.time);
}
