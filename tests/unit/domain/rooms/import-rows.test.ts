import { describe, expect, test } from 'vitest';
import { roomImportColumns } from '../../../../src/domain/rooms/facts';
import { buildRoomImportRow, formatRoomSubjects } from '../../../../src/domain/rooms/import-rows';

describe('formatRoomSubjects', () => {
  test.each([
    { level: '初级' as const, expected: '初级理论(1630003007010027101),初级实操(1630003007010027102)' },
    { level: '中级' as const, expected: '中级理论(1630003007020028202),中级实操(1630003007020028203)' },
    { level: '高级' as const, expected: '高级理论(1630003007030029301),高级实操(1630003007030029302)' },
  ])('returns both subjects of $level with their codes', ({ level, expected }) => {
    expect(formatRoomSubjects(level)).toBe(expected);
  });
});

describe('buildRoomImportRow', () => {
  test('fills every column in the manual’s order', () => {
    const row = buildRoomImportRow('2036年第三次网店运营推广全国统考', '北京示范学校网店运营推广职业技能等级证书', {
      roomName: '实训楼 301 机房',
      address: '北京市朝阳区',
      detailAddress: '实训楼 3 层 301',
      level: '初级',
      seats: 45,
    });
    expect(Object.keys(row)).toEqual([...roomImportColumns]);
    expect(row.考位数).toBe(45);
    expect(row.考试科目).toContain('1630003007010027101');
  });
});
