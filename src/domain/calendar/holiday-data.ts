/**
 * China's public holidays and make-up working days (调休上班), taken from the
 * `chinese-days` package's data file, not its code, so the package's lunar calendar stays
 * out of the page (about 4 KB gz instead of 9 KB). The import attribute lets Node itself
 * (Playwright's test runner) load the file as well as Vite.
 *
 * The package silently treats any year it has no data for as ordinary weeks; the years
 * it covers are derived here so the rules can say when a date falls outside them.
 */
import data from 'chinese-days/dist/chinese-days.json' with { type: 'json' };

const { holidays, workdays } = data;

/** Return the Chinese name inside a `chinese-days` entry such as "National Day,国庆节,3". */
function chineseName(entry: string): string {
  return entry.split(',')[1] ?? entry;
}

function toNames(table: Record<string, string>): ReadonlyMap<string, string> {
  return new Map(Object.entries(table).map(([date, entry]) => [date, chineseName(entry)]));
}

/** Days off for a public holiday (including the weekend days inside it), by ISO date. */
export const publicHolidays = toNames(holidays);

/** Weekend days that are working days to make up for a holiday, by ISO date. */
export const makeUpWorkdays = toNames(workdays);

const years = [...publicHolidays.keys()].map((date) => Number(date.slice(0, 4)));

/** First and last year the data covers; every year in between is covered too. */
export const coveredYears = { first: Math.min(...years), last: Math.max(...years) } as const;
