/**
 * China's public holidays and make-up working days (调休上班), taken from the
 * `chinese-days` package's data file, not its code, so the package's lunar calendar stays
 * out of the page (about 4 KB gz instead of 9 KB); the build keeps only the two tables read
 * here, compact (`holiday-tables.ts`). The import attribute lets Node itself
 * (Playwright's test runner) load the file as well as Vite.
 *
 * The package silently treats any year it has no data for as ordinary weeks; the years
 * it covers are derived here so the rules can say when a date falls outside them.
 */
import data from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { readHolidayTables } from './holiday-tables';

// In the built site the file arrives compact (`compactHolidayTables`); in Node it is the package's whole file.
const { holidays, workdays } = readHolidayTables(data);

/** Days off for a public holiday (including the weekend days inside it), by ISO date, with the holiday's Chinese name. */
export const publicHolidays: ReadonlyMap<string, string> = holidays;

/** Weekend days that are working days to make up for a holiday, by ISO date, with the holiday's Chinese name. */
export const makeUpWorkdays: ReadonlyMap<string, string> = workdays;

const years = [...publicHolidays.keys()].map((date) => Number(date.slice(0, 4)));

/** First and last year the data covers; every year in between is covered too. */
export const coveredYears = { first: Math.min(...years), last: Math.max(...years) } as const;
