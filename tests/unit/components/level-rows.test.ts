import { describe, expect, test } from 'vitest';
import { listLevelRows } from '../../../src/components/level-rows';
import { defaultFeeYuan, levelFacts, levels } from '../../../src/domain/certificate/facts';

describe('listLevelRows', () => {
  const rows = listLevelRows();

  test('returns one row per level in the manual’s order', () => {
    expect(rows.map((row) => row.level)).toEqual([...levels]);
  });

  test.each(levels.map((level) => ({ level })))('carries the certificate number, subjects and fee of $level', ({ level }) => {
    const row = rows.find((r) => r.level === level)!;
    expect(row.certificateNumber).toBe(levelFacts[level].certificateNumber);
    expect([row.theory, row.practical]).toEqual(levelFacts[level].subjects);
    expect(row.defaultFeeYuan).toBe(defaultFeeYuan[level]);
    expect(row.title).toBe(`网店运营推广职业技能等级证书（${level}）`);
  });
});
