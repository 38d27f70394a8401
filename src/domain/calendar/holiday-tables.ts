/**
 * The two tables the calendar rules read from `chinese-days`' data file: public holidays and make-up working days,
 * each date with its Chinese name. The file keeps one entry per date with English names and day counts
 * ("2026-10-01": "National Day,国庆节,3"), plus 调休 days the rules never read. The build (`astro.config.mjs`)
 * ships the tables compact instead: runs of consecutive days with the same name ("2026-10-01+8国庆节"), about a
 * fifth of the bytes. `holiday-data.ts` reads the file through the same two functions, compacting then expanding,
 * so the tests and the built site read the same dates and names.
 */

/** The part of `chinese-days/dist/chinese-days.json` this site reads. */
export interface ChineseDaysTables {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

/** The same tables compact: `;`-separated runs, each its first ISO date, `+` and its length when longer than a day, and the Chinese name. */
export interface CompactHolidayTables {
  holidays: string;
  workdays: string;
}

/** Each ISO date of a table, with the holiday's Chinese name. */
export interface HolidayTables {
  holidays: ReadonlyMap<string, string>;
  workdays: ReadonlyMap<string, string>;
}

const dayMs = 86_400_000;
const run = /^(\d{4}-\d{2}-\d{2})(?:\+(\d+))?(.+)$/;

/** Return the Chinese name inside a `chinese-days` entry such as "National Day,国庆节,3". */
function chineseName(entry: string): string {
  return entry.split(',')[1] ?? entry;
}

const toTime = (date: string) => Date.parse(`${date}T00:00:00Z`);
const toDate = (time: number) => new Date(time).toISOString().slice(0, 10);

function compactTable(table: Record<string, string>): string {
  const runs: Array<{ start: string; length: number; name: string; last: number }> = [];
  for (const date of Object.keys(table).sort()) {
    const name = chineseName(table[date]!);
    const previous = runs.at(-1);
    if (previous && previous.name === name && toTime(date) - previous.last === dayMs) {
      previous.length += 1;
      previous.last = toTime(date);
    } else {
      runs.push({ start: date, length: 1, name, last: toTime(date) });
    }
  }
  return runs.map(({ start, length, name }) => `${start}${length > 1 ? `+${length}` : ''}${name}`).join(';');
}

function expandTable(compact: string): Map<string, string> {
  const days = new Map<string, string>();
  for (const part of compact.split(';')) {
    const [, start, length, name] = run.exec(part) ?? [];
    if (!start || !name) throw new Error(`Unreadable holiday run "${part}"`);
    for (let day = 0; day < Number(length ?? 1); day += 1) days.set(toDate(toTime(start) + day * dayMs), name);
  }
  return days;
}

/** Compact the tables (what the build ships); tables already compact are returned as they are. */
export function compactHolidayTables(data: ChineseDaysTables | CompactHolidayTables): CompactHolidayTables {
  if (typeof data.holidays === 'string' && typeof data.workdays === 'string') return { holidays: data.holidays, workdays: data.workdays };
  const tables = data as ChineseDaysTables;
  return { holidays: compactTable(tables.holidays), workdays: compactTable(tables.workdays) };
}

/** Read the tables, whole file or compact, into each date's Chinese name. */
export function readHolidayTables(data: ChineseDaysTables | CompactHolidayTables): HolidayTables {
  const compact = compactHolidayTables(data);
  return { holidays: expandTable(compact.holidays), workdays: expandTable(compact.workdays) };
}
