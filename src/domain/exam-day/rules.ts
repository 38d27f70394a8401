/**
 * Exam-day quantities from the rooms and sessions (手册 第四章 二, 物料准备清单):
 * how many of each material, counted the way the manual's 说明 column says. Items
 * counted per 考场 are counted room by room (`computeRoomMaterials`) and the site's
 * total is their sum, so the checklist, the per-room table and the printouts agree
 * on the number of rooms and on the unit of each item.
 */
import type { Level } from '../certificate/schema';
import { badgeKinds } from '../staffing/facts';
import { labelSetContents, materials, scratchPaperMargin } from './materials';
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

/** One material for one room and level, in the item's own unit. */
export interface RoomMaterial {
  item: MaterialItem;
  quantity: number;
  unit: string;
  /** What the quantity is made of, where the unit holds several sheets (桌贴、门贴: 门贴 2 张、桌贴 44 张). */
  detail?: string;
}

/** Subjects per level: every room of a level holds a 理论 and an 实操 session. */
const sessionsPerRoomLevel = 2;

/** Bases counted room by room. */
const perRoomBases: readonly MaterialBasis[] = ['room', 'roomSession', 'candidatePlusMargin'];

/** Return the sheets of scratch paper for one session of a room: candidates plus 5%, rounded up. */
export function countScratchPaper(candidates: number): number {
  // Integer percent arithmetic: 1.05 × 40 is 42.000000000000004 in floating point.
  return Math.ceil((candidates * Math.round(100 + scratchPaperMargin * 100)) / 100);
}

/** Return the items the manual counts per 考场, in the manual's order. */
export function listPerRoomMaterials(): MaterialItem[] {
  return materials.filter((item) => perRoomBases.includes(item.per));
}

/** Return every item counted per 考场 for one room and level, each in its unit. */
export function computeRoomMaterials(entry: RoomLevel): RoomMaterial[] {
  return listPerRoomMaterials().map((item) => {
    const { unit } = item;
    switch (item.per) {
      case 'room':
        return { item, quantity: item.copies, unit };
      case 'candidatePlusMargin':
        return { item, quantity: sessionsPerRoomLevel * countScratchPaper(entry.seats), unit };
      default: {
        const quantity = sessionsPerRoomLevel * item.copies;
        if (item.key !== 'deskAndDoorLabels') return { item, quantity, unit };
        // One 份 is one door label and a desk label for every seat (`labelSetContents`).
        return { item, quantity, unit, detail: `门贴 ${quantity} 张、桌贴 ${quantity * entry.seats} 张` };
      }
    }
  });
}

/** Return the quantity of every material on the manual's list, with how it was counted. */
export function computeMaterialQuantities(inputs: MaterialInputs): MaterialQuantity[] {
  const rooms = inputs.roomLevels.length;
  const roomSessions = rooms * sessionsPerRoomLevel;
  const candidates = inputs.roomLevels.reduce((sum, entry) => sum + entry.seats, 0);
  const perRoom = inputs.roomLevels.map(computeRoomMaterials);
  const sumOf = (item: MaterialItem) => perRoom.reduce((sum, lines) => sum + lines.find((line) => line.item.key === item.key)!.quantity, 0);
  const unitsOf = (item: MaterialItem) => `${item.copies} ${item.unit}`;
  // One rule per basis: the quantity and the sentence that explains it, side by side.
  const countBy: Record<MaterialBasis, (item: MaterialItem) => Pick<MaterialQuantity, 'quantity' | 'derivation'>> = {
    room: (item) => ({ quantity: sumOf(item), derivation: `${rooms} 个考场 × ${unitsOf(item)}` }),
    roomSession: (item) => ({
      quantity: sumOf(item),
      derivation:
        `${rooms} 个考场 × 理论、实操 ${sessionsPerRoomLevel} 场 × ${unitsOf(item)}` +
        (item.key === 'deskAndDoorLabels' ? `；${labelSetContents}（共门贴 ${roomSessions * item.copies} 张、桌贴 ${candidates * sessionsPerRoomLevel * item.copies} 张）` : ''),
    }),
    candidatePlusMargin: (item) => ({
      quantity: sumOf(item),
      derivation: `每个考场每场按考生人数 + ${scratchPaperMargin * 100}% 向上取整，${rooms} 个考场共 ${roomSessions} 场`,
    }),
    candidateSubject: (item) => ({
      quantity: candidates * sessionsPerRoomLevel * item.copies,
      derivation: `${candidates} 名考生 × 理论、实操各 ${unitsOf(item)}`,
    }),
    staffMember: (item) => ({
      quantity: inputs.staffMembers * item.copies,
      derivation: `${inputs.staffMembers} 名考务人员（含巡考员）各 ${unitsOf(item)}，分 ${badgeKinds.length} 种：${badgeKinds.join('、')}`,
    }),
    site: (item) => ({ quantity: item.copies, derivation: `整个考点 ${unitsOf(item)}：一份上交，一份留档` }),
    kind: (item) => ({ quantity: item.copies, derivation: `共 ${item.copies} 种，按实际情况制作` }),
  };
  return materials.map((item) => ({ item, unit: item.unit, ...countBy[item.per](item) }));
}
