import { describe, expect, test } from 'vitest';
import { pickSheet, SheetChoiceNeeded } from '../../../../../wizards/shared/spreadsheet-reader/pick-sheet';
import type { SheetGrid } from '../../../../../wizards/shared/spreadsheet-reader/protocol';

const sheet = (name: string, visible: boolean, rows: string[][]): SheetGrid => ({ name, visible, rows, rowNumbers: rows.map((_, index) => index + 1), lostDigits: [] });
const list = [['姓名'], ['张三']];
const blank = [['', ' ']];

describe('pickSheet', () => {
  test.each([
    { case: 'skips a hidden first sheet', sheets: [sheet('旧名单', false, list), sheet('名单', true, list)], expected: '名单' },
    { case: 'skips visible sheets without data', sheets: [sheet('说明', true, blank), sheet('名单', true, list)], expected: '名单' },
    { case: 'reads the only sheet', sheets: [sheet('Sheet1', true, list)], expected: 'Sheet1' },
  ])('$case', ({ sheets, expected }) => {
    expect(pickSheet('名单.xlsx', sheets).name).toBe(expected);
  });

  test('asks which sheet when several visible sheets hold data, naming each with its rows', () => {
    const sheets = [sheet('一班', true, list), sheet('二班', true, [...list, ['李四']]), sheet('隐藏', false, list)];
    const error = (() => {
      try {
        pickSheet('名单.xlsx', sheets);
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(SheetChoiceNeeded);
    expect((error as SheetChoiceNeeded).sheets).toEqual([
      { name: '一班', rows: 2 },
      { name: '二班', rows: 3 },
    ]);
    expect((error as Error).message).toMatch(/「一班」2 行、「二班」3 行/);
  });

  test('reads the sheet the user chose', () => {
    expect(pickSheet('名单.xlsx', [sheet('一班', true, list), sheet('二班', true, list)], '二班').name).toBe('二班');
  });

  test.each([
    { case: 'data only in a hidden sheet', sheets: [sheet('名单', false, list), sheet('Sheet2', true, blank)], message: /只有隐藏的工作表「名单」有数据.*取消隐藏/ },
    { case: 'no data at all', sheets: [sheet('Sheet1', true, blank)], message: /没有任何数据/ },
    { case: 'a chosen sheet that is gone', sheets: [sheet('一班', true, list)], chosen: '三班', message: /没有名为「三班」/ },
  ])('refuses $case', ({ sheets, chosen, message }) => {
    expect(() => pickSheet('名单.xlsx', sheets, chosen ?? null)).toThrow(message);
  });
});
