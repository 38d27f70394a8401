/**
 * Exam-day quantities from the rooms and sessions (手册 第四章 二, 物料准备清单):
 * how many of each material, counted the way the manual's 说明 column says.
 */
import type { Level } from '../certificate/schema';
import { badgeKinds } from '../staffing/facts';
import { materialUnits, materials, scratchPaperMargin } from './materials';
import type { MaterialBasis, MaterialItem } from './schema';

/** A room serving one level: it holds two sessions (理论 and 实操). */
export interface RoomLevel {
  roomName: string;
  level: Level;
  seats: number;
}

/** What the quantities are computed from. */
export interface MaterialInputs {
  roomLevels: readonly RoomLevel[];
  /** Everyone with a badge on exam day: the school's staff and proctors, and the 巡考员. */
  staffMembers: number;
}

/** One line of the materials checklist. */
export interface MaterialQuantity {
  item: MaterialItem;
  quantity: number;
  unit: string;
  /** How the quantity was counted, in Chinese. */
  derivation: string;
}

/** Subjects per level: every room of a level holds a 理论 and an 实操 session. */
const sessionsPerRoomLevel = 2;

/** Return the sheets of scratch paper for one session of a room: candidates plus 5%, rounded up. */
export function countScratchPaper(candidates: number): number {
  // Integer percent arithmetic: 1.05 × 40 is 42.000000000000004 in floating point.
  return Math.ceil((candidates * Math.round(100 + scratchPaperMargin * 100)) / 100);
}

/** Return the quantity of every material on the manual's list, with how it was counted. */
export function computeMaterialQuantities(inputs: MaterialInputs): MaterialQuantity[] {
  const rooms = new Set(inputs.roomLevels.map((entry) => entry.roomName)).size;
  const roomSessions = inputs.roomLevels.length * sessionsPerRoomLevel;
  const candidates = inputs.roomLevels.reduce((sum, entry) => sum + entry.seats, 0);
  const scratch = inputs.roomLevels.reduce((sum, entry) => sum + sessionsPerRoomLevel * countScratchPaper(entry.seats), 0);
  const count: Record<MaterialBasis, (item: MaterialItem) => [number, string]> = {
    room: (item) =>
      item.key === 'banner'
        ? [inputs.roomLevels.length * item.copies, `${inputs.roomLevels.length} 个考场（按级别计，横幅写明级别）× ${item.copies}`]
        : [rooms * item.copies, `${rooms} 个考场 × ${item.copies}`],
    roomSession: (item) => [
      roomSessions * item.copies,
      `${inputs.roomLevels.length} 个考场 × 理论、实操 ${sessionsPerRoomLevel} 场 × ${item.copies}`,
    ],
    candidateSubject: (item) => [candidates * sessionsPerRoomLevel * item.copies, `${candidates} 名考生 × 理论、实操各 ${item.copies} 份`],
    staffMember: (item) => [inputs.staffMembers * item.copies, `${inputs.staffMembers} 名考务人员（含巡考员）各 ${item.copies} 个，分 ${badgeKinds.length} 种：${badgeKinds.join('、')}`],
    site: (item) => [item.copies, `整个考点 ${item.copies} 份：一份上交，一份留档`],
    kind: (item) => [item.copies, `共 ${item.copies} 种，按实际情况制作`],
    candidatePlusMargin: () => [scratch, `每个考场每场按考生人数 + ${scratchPaperMargin * 100}% 向上取整，共 ${roomSessions} 场`],
  };
  return materials.map((item) => {
    const [quantity, derivation] = count[item.per](item);
    return { item, quantity, unit: materialUnits[item.key] ?? '份', derivation };
  });
}

/** The paper one room needs for one level, for the per-room checklist. */
export interface RoomPaperwork {
  doorLabels: number;
  deskLabels: number;
  signInSheets: number;
  roomRecords: number;
  scratchPaper: number;
}

/** Return the paper one room needs for its level's two sessions. */
export function computeRoomPaperwork(entry: RoomLevel): RoomPaperwork {
  const copiesOf = (key: string) => materials.find((item) => item.key === key)!.copies;
  return {
    doorLabels: sessionsPerRoomLevel * copiesOf('deskAndDoorLabels'),
    deskLabels: sessionsPerRoomLevel * copiesOf('deskAndDoorLabels') * entry.seats,
    signInSheets: sessionsPerRoomLevel * copiesOf('signInSheet'),
    roomRecords: sessionsPerRoomLevel * copiesOf('roomRecord'),
    scratchPaper: sessionsPerRoomLevel * countScratchPaper(entry.seats),
  };
}
