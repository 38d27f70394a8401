/**
 * Reading, writing and moving calendar dates: everything about dates that does not need
 * the holiday table (rules.ts counts working days with it). Kept apart so that a date box
 * on a wizard's first screen does not load a year-by-year holiday list.
 */
import { weekdayNames } from './facts';

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

/** Return a date for people: 2026年10月9日（周五）. */
export function formatChineseDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日（${weekdayNames[new Date(`${date}T00:00:00Z`).getUTCDay()]}）`;
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
