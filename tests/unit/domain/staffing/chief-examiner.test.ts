import { describe, expect, test } from 'vitest';
import { findChiefExaminer } from '../../../../src/domain/staffing/chief-examiner';

describe('findChiefExaminer', () => {
  test('finds the 主考 by the role name the staff wizard saves, the first when several were entered', () => {
    const staff = [
      { name: '副', role: '副主考' },
      { name: '甲', role: ' 主考 ' },
      { name: '乙', role: '主考' },
    ];
    expect(findChiefExaminer(staff)?.name).toBe('甲');
  });

  test('finds nobody when no one is 主考 (副主考 is not)', () => {
    expect(findChiefExaminer([{ name: '副', role: '副主考' }])).toBeUndefined();
  });
});
