import { describe, expect, test } from 'vitest';
import { materials } from '../../../src/domain/exam-day/materials';
import { siteRoles } from '../../../src/domain/staffing/facts';
import {
  countExampleMaterials,
  countProctors,
  countSessionsPerRoom,
  countStaff,
  describeSiteExample,
  manualSiteExample,
  type SiteExample,
} from '../../../src/components/materials-example';

const twoRooms: SiteExample = { candidatesPerRoom: [45, 30], levels: 1 };

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

describe('countExampleMaterials', () => {
  test.each([
    { key: 'banner', amount: 2, unit: '条' },
    { key: 'admissionTicket', amount: 150, unit: '份' },
    { key: 'signs', amount: 4, unit: '种' },
    { key: 'seals', amount: 2, unit: '个' },
    { key: 'inspectionRecord', amount: 2, unit: '份' },
    { key: 'deskAndDoorLabels', amount: 4, unit: '份' },
    { key: 'signInSheet', amount: 8, unit: '份' },
    // Per session, like the wizard: (45 + 5%) and (30 + 5%) rounded up, for 理论 and 实操.
    { key: 'scratchPaper', amount: 2 * (48 + 32), unit: '张' },
  ])('returns $amount $unit of $key for two rooms of one level', ({ key, amount, unit }) => {
    expect(countExampleMaterials(twoRooms).get(key)).toMatchObject({ amount, unit });
  });

  test('counts one 工作牌 per staff member', () => {
    expect(countExampleMaterials(twoRooms).get('badges')!.amount).toBe(countStaff(twoRooms));
  });

  test('counts the sessions of every level in every room', () => {
    expect(countExampleMaterials({ candidatesPerRoom: [45, 30], levels: 2 }).get('signInSheet')!.amount).toBe(16);
  });

  test('shows its working in words', () => {
    expect(countExampleMaterials(twoRooms).get('signInSheet')!.working).toBe('2 个考场 × 理论、实操 2 场 × 2 份');
  });

  test('counts every material of the manual’s list', () => {
    const counts = countExampleMaterials(manualSiteExample);
    for (const material of materials) expect(counts.get(material.key)!.amount).toBeGreaterThan(0);
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
