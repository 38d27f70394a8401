import { describe, expect, test } from 'vitest';
import { computeMaterialQuantities, computeRoomPaperwork, countScratchPaper } from '../../../../src/domain/exam-day/rules';

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
    { key: 'banner', expected: 3 },
    { key: 'admissionTicket', expected: 220 },
    { key: 'signs', expected: 4 },
    { key: 'badges', expected: 12 },
    { key: 'posters', expected: 5 },
    { key: 'seals', expected: 2 },
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
    expect(`${line.quantity} ${line.unit}：${line.derivation}`).toBe('12 份：3 个考场 × 理论、实操 2 场 × 2');
  });

  test('returns zero for paper when there are no rooms', () => {
    const empty = computeMaterialQuantities({ roomLevels: [], staffMembers: 0 });
    expect(empty.find((line) => line.item.key === 'signInSheet')!.quantity).toBe(0);
  });
});

describe('computeRoomPaperwork', () => {
  test('returns one room’s paper for its two sessions', () => {
    expect(computeRoomPaperwork(roomLevels[0]!)).toEqual({
      doorLabels: 2,
      deskLabels: 90,
      signInSheets: 4,
      roomRecords: 4,
      scratchPaper: 96,
    });
  });
});
