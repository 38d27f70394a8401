import { describe, expect, test } from 'vitest';
import data from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { toHolidayTables } from '../../../../src/domain/calendar/holiday-tables';
import { makeUpWorkdays, publicHolidays } from '../../../../src/domain/calendar/holiday-data';

describe('toHolidayTables', () => {
  test('keeps every holiday and make-up working day, each with its Chinese name', () => {
    const tables = toHolidayTables(data);
    expect(Object.keys(tables.holidays)).toEqual(Object.keys(data.holidays));
    expect(Object.keys(tables.workdays)).toEqual(Object.keys(data.workdays));
    expect(tables.holidays['2026-10-01']).toBe('国庆节');
    expect(Object.values(tables.holidays).every((name) => !name.includes(','))).toBe(true);
  });

  test('drops what the rules never read (English names, day counts, 调休 days)', () => {
    expect(Object.keys(toHolidayTables(data))).toEqual(['holidays', 'workdays']);
    expect(JSON.stringify(toHolidayTables(data)).length).toBeLessThan(JSON.stringify(data).length / 2);
  });

  test('changes nothing when applied to its own output: what the build ships reads the same', () => {
    const once = toHolidayTables(data);
    expect(toHolidayTables(once)).toEqual(once);
  });

  test('gives the calendar the same tables as the build’s smaller file', () => {
    const shipped = toHolidayTables(JSON.parse(JSON.stringify(toHolidayTables(data))));
    expect(new Map(Object.entries(shipped.holidays))).toEqual(publicHolidays);
    expect(new Map(Object.entries(shipped.workdays))).toEqual(makeUpWorkdays);
  });
});
