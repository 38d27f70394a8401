import { describe, expect, test } from 'vitest';
import { computeMaterialQuantities, computeRoomMaterials, countScratchPaper } from '../../../../src/domain/exam-day/rules';

const roomLevels = [
  { roomName: '301', level: '初级' as const, seats: 45 },
  { roomName: '302', level: '初级' as const, seats: 45 },
  { roomName: '301', level: '中级' as const, seats: 20 },
];

describe('countScratchPaper', () => {
  test.each([
    { candidates: 0, expected: 0 },
    { candidates: 1, expected: 2 },
    { candidates: 20, expected: 21 },
    { candidates: 40, expected: 42 },
    { candidates: 45, expected: 48 },
    { candidates: 100, expected: 105 },
  ])('returns $expected for $candidates candidates', ({ candidates, expected }) => {
    expect(countScratchPaper(candidates)).toBe(expected);
  });
});

describe('computeMaterialQuantities', () => {
  const quantities = Object.fromEntries(computeMaterialQuantities({ roomLevels, staffMembers: 12 }).map((line) => [line.item.key, line.quantity]));

  test.each([
    // 301 holds two levels: every per-room item counts 3 考场 (room × level).
    { key: 'banner', expected: 3 },
    { key: 'admissionTicket', expected: 220 },
    { key: 'signs', expected: 4 },
    { key: 'badges', expected: 12 },
    { key: 'posters', expected: 5 },
    { key: 'seals', expected: 3 },
    { key: 'inspectionRecord', expected: 2 },
    { key: 'sealingConfirmation', expected: 2 },
    { key: 'staffPledge', expected: 2 },
    { key: 'deskAndDoorLabels', expected: 6 },
    { key: 'signInSheet', expected: 12 },
    { key: 'roomRecord', expected: 12 },
    { key: 'surveillanceVideo', expected: 2 },
    { key: 'scratchPaper', expected: 2 * 48 + 2 * 48 + 2 * 21 },
  ])('returns $expected for $key', ({ key, expected }) => {
    expect(quantities[key]).toBe(expected);
  });

  test('says how the sign-in sheets were counted', () => {
    const line = computeMaterialQuantities({ roomLevels, staffMembers: 12 }).find((entry) => entry.item.key === 'signInSheet')!;
    expect(`${line.quantity} ${line.unit}：${line.derivation}`).toBe('12 份：3 个考场 × 理论、实操 2 场 × 2 份');
  });

  test('returns zero for paper when there are no rooms', () => {
    const empty = computeMaterialQuantities({ roomLevels: [], staffMembers: 0 });
    expect(empty.find((line) => line.item.key === 'signInSheet')!.quantity).toBe(0);
  });
});

describe('computeRoomMaterials', () => {
  test('returns one room’s per-room items for its two sessions, each in its unit', () => {
    expect(computeRoomMaterials(roomLevels[0]!).map((line) => [line.item.key, line.quantity, line.unit, line.detail])).toEqual([
      ['banner', 1, '条', undefined],
      ['seals', 1, '个', undefined],
      ['deskAndDoorLabels', 2, '份', '门贴 2 张、桌贴 90 张'],
      ['signInSheet', 4, '份', undefined],
      ['roomRecord', 4, '份', undefined],
      ['scratchPaper', 96, '张', undefined],
    ]);
  });
});

describe('computeMaterialQuantities and computeRoomMaterials together', () => {
  const quantities = computeMaterialQuantities({ roomLevels, staffMembers: 12 });
  const perRoom = roomLevels.map(computeRoomMaterials);

  test.each(['banner', 'seals', 'deskAndDoorLabels', 'signInSheet', 'roomRecord', 'scratchPaper'])(
    'counts %s for the site as the sum of the per-room table, in the same unit',
    (key) => {
      const line = quantities.find((entry) => entry.item.key === key)!;
      const rooms = perRoom.map((lines) => lines.find((entry) => entry.item.key === key)!);
      expect(line.quantity).toBe(rooms.reduce((sum, entry) => sum + entry.quantity, 0));
      for (const room of rooms) expect(room.unit).toBe(line.unit);
    },
  );

  test('counts the same number of rooms for 横幅 and 封条', () => {
    const of = (key: string) => quantities.find((entry) => entry.item.key === key)!;
    expect(of('banner').derivation).toBe('3 个考场 × 1 条');
    expect(of('seals').derivation).toBe('3 个考场 × 1 个');
  });

  test('says what the 份 of 桌贴、门贴 holds, in 张', () => {
    const labels = quantities.find((entry) => entry.item.key === 'deskAndDoorLabels')!;
    expect(`${labels.quantity} ${labels.unit}：${labels.derivation}`).toBe(
      '6 份：3 个考场 × 理论、实操 2 场 × 1 份；每份为 1 张门贴和每个座位 1 张桌贴（共门贴 6 张、桌贴 220 张）',
    );
  });
});
