/**
 * The two tables the calendar rules read from `chinese-days`' data file: public holidays and make-up working days,
 * each date with its Chinese name only ("National Day,国庆节,3" → "国庆节"). The file also holds English names,
 * day counts and 调休 days the rules never read; the build (`astro.config.mjs`) keeps only these tables, so a page
 * that needs working days carries about half the bytes. `holiday-data.ts` reads the file through the same function,
 * so the tests and the built site read the same dates and names.
 */

/** The part of `chinese-days/dist/chinese-days.json` this site reads. */
export interface HolidayTables {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

/** Return the Chinese name inside a `chinese-days` entry such as "National Day,国庆节,3" (a bare name stays as it is). */
function chineseName(entry: string): string {
  return entry.split(',')[1] ?? entry;
}

function toChineseNames(table: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(table).map(([date, entry]) => [date, chineseName(entry)]));
}

/** Keep only the holiday and make-up working day tables, with Chinese names; applying it twice changes nothing. */
export function toHolidayTables(data: HolidayTables): HolidayTables {
  return { holidays: toChineseNames(data.holidays), workdays: toChineseNames(data.workdays) };
}
