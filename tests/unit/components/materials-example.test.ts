import { describe, expect, test } from 'vitest';
import { materials, scratchPaperMargin } from '../../../src/domain/exam-day/materials';
import type { MaterialItem } from '../../../src/domain/exam-day/schema';
import { siteRoles } from '../../../src/domain/staffing/facts';
import {
  countMaterial,
  countProctors,
  countScratchPaper,
  countSessionsPerRoom,
  countStaff,
  describeSiteExample,
  manualSiteExample,
  type SiteExample,
} from '../../../src/components/materials-example';

const twoRooms: SiteExample = { candidatesPerRoom: [45, 30], levels: 1 };
const item = (key: string) => materials.find((m) => m.key === key)!;

describe('countScratchPaper', () => {
  test.each([
    { candidates: 40, expected: 42 },
    { candidates: 45, expected: 48 },
    { candidates: 20, expected: 21 },
    { candidates: 1, expected: 2 },
    { candidates: 0, expected: 0 },
  ])('returns $expected sheets for $candidates candidates', ({ candidates, expected }) => {
    expect(countScratchPaper(candidates)).toBe(expected);
  });

  test('adds the manual’s margin', () => {
    expect(countScratchPaper(100)).toBe(100 + scratchPaperMargin * 100);
  });
});

describe('countSessionsPerRoom', () => {
  test.each([
    { levels: 1, expected: 2 },
    { levels: 2, expected: 4 },
  ])('returns $expected sessions for $levels levels', ({ levels, expected }) => {
    expect(countSessionsPerRoom({ candidatesPerRoom: [1], levels })).toBe(expected);
  });
});

describe('countStaff', () => {
  test('counts every site role plus the proctors of each room', () => {
    const roles = siteRoles.reduce((sum, role) => sum + role.count, 0);
    expect(countProctors(twoRooms)).toBe(3 + 2);
    expect(countStaff(twoRooms)).toBe(roles + 5);
  });
});

describe('countMaterial', () => {
  test.each([
    { key: 'banner', amount: 2, unit: '条' },
    { key: 'admissionTicket', amount: 150, unit: '份' },
    { key: 'signs', amount: 4, unit: '种' },
    { key: 'seals', amount: 2, unit: '个' },
    { key: 'inspectionRecord', amount: 2, unit: '份' },
    { key: 'deskAndDoorLabels', amount: 4, unit: '份' },
    { key: 'signInSheet', amount: 8, unit: '份' },
    { key: 'scratchPaper', amount: 48 + 32, unit: '张' },
  ])('returns $amount $unit of $key for two rooms of one level', ({ key, amount, unit }) => {
    expect(countMaterial(item(key), twoRooms)).toMatchObject({ amount, unit });
  });

  test('counts one 工作牌 per staff member', () => {
    expect(countMaterial(item('badges'), twoRooms).amount).toBe(countStaff(twoRooms));
  });

  test('shows its working in words', () => {
    expect(countMaterial(item('signInSheet'), twoRooms).working).toBe('2 个考场 × 2 场 × 2 份');
  });

  test('counts every material of the manual’s list', () => {
    for (const material of materials) expect(countMaterial(material, manualSiteExample).amount).toBeGreaterThan(0);
  });

  test('throws for a material without a unit', () => {
    const unknown: MaterialItem = { key: 'unknown', name: '?', rule: '?', per: 'site', copies: 1 };
    expect(() => countMaterial(unknown, twoRooms)).toThrow('No unit for material: unknown');
  });
});

describe('describeSiteExample', () => {
  test('describes the manual’s room example', () => {
    expect(describeSiteExample(manualSiteExample).site).toBe(
      '报考 90 人，分 2 个考场（每个考场 45 人），考 1 个级别（每个考场理论、实操共 2 场）',
    );
  });

  test('lists rooms of different sizes one by one', () => {
    expect(describeSiteExample(twoRooms).site).toContain('各考场分别 45、30 人');
    expect(describeSiteExample(twoRooms).staff).toContain('监考员 3 + 2 = 5 名');
  });
});
