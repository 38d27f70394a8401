import { describe, expect, test } from 'vitest';
import { listNames, nameWizard, type FixingWizard } from '../../../../src/domain/consistency/finding';
import { getWizard } from '../../../../wizards/catalog';

describe('listNames', () => {
  test.each([
    { names: [], unit: undefined, expected: '' },
    { names: ['张三'], unit: undefined, expected: '张三' },
    { names: ['甲', '乙', '丙', '丁', '戊'], unit: undefined, expected: '甲、乙、丙、丁、戊' },
    { names: ['甲', '乙', '丙', '丁', '戊', '己'], unit: undefined, expected: '甲、乙、丙、丁、戊等 6 人' },
    { names: ['1', '2', '3', '4', '5', '6', '7'], unit: '个', expected: '1、2、3、4、5等 7 个' },
  ])('lists $names.length names as “$expected”', ({ names, unit, expected }) => {
    expect(listNames(names, unit)).toBe(expected);
  });
});

describe('nameWizard', () => {
  test.each<FixingWizard>(['registration', 'rooms', 'staff'])('names %s by its catalog title', (slug) => {
    expect(nameWizard(slug)).toBe(`「${getWizard(slug).title}」向导`);
  });
});
