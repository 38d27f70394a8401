import { describe, expect, test } from 'vitest';
import data from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { compactHolidayTables, readHolidayTables } from '../../../../src/domain/calendar/holiday-tables';
import { makeUpWorkdays, publicHolidays } from '../../../../src/domain/calendar/holiday-data';

/** Each date of a `chinese-days` table with the Chinese name inside its entry, read directly. */
const chineseNames = (table: Record<string, string>) => new Map(Object.entries(table).map(([date, entry]) => [date, entry.split(',')[1]!]));

describe('holiday tables', () => {
  test('read back every holiday and make-up working day of the package, each with its Chinese name', () => {
    const tables = readHolidayTables(data);
    expect(tables.holidays).toEqual(chineseNames(data.holidays));
    expect(tables.workdays).toEqual(chineseNames(data.workdays));
    expect(tables.holidays.get('2026-10-01')).toBe('国庆节');
    expect(tables.workdays.size).toBeGreaterThan(0);
  });

  test('are shipped compact: runs of days, a fifth of the bytes or less', () => {
    const compact = compactHolidayTables(data);
    // A name never starts with a digit, so a run's length and its name cannot run together (one name holds 70).
    expect(compact.holidays).toMatch(/^\d{4}-\d{2}-\d{2}(\+\d+)?[^\d;+][^;]*(;\d{4}-\d{2}-\d{2}(\+\d+)?[^\d;+][^;]*)*$/);
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify({ holidays: data.holidays, workdays: data.workdays }).length / 5);
  });

  test('compact a second time as they are: what the build ships reads the same', () => {
    const shipped = JSON.parse(JSON.stringify(compactHolidayTables(data)));
    expect(compactHolidayTables(shipped)).toEqual(shipped);
    expect(readHolidayTables(shipped)).toEqual(readHolidayTables(data));
  });

  test('give the calendar the package’s dates and names', () => {
    expect(publicHolidays).toEqual(chineseNames(data.holidays));
    expect(makeUpWorkdays).toEqual(chineseNames(data.workdays));
  });

  test('refuse a run they cannot read instead of dropping it', () => {
    expect(() => readHolidayTables({ holidays: '2026-10-01+8国庆节;not a run', workdays: '' })).toThrow('not a run');
  });
});
