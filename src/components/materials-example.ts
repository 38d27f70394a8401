import { levels, subjectKinds } from '../domain/certificate/facts';
import { computeMaterialQuantities } from '../domain/exam-day/rules';
import { seatExample } from '../domain/rooms/facts';
import { siteRoles } from '../domain/staffing/facts';
import { countProctorsForRoom } from '../domain/staffing/rules';

/** A site to count materials for. */
export interface SiteExample {
  /** Candidates in each room, one number per room. */
  candidatesPerRoom: readonly number[];
  /** Levels sat in every room; each level is one 理论 and one 实操 session. */
  levels: number;
}

/** The manual's own room example (第三章 五 1 ⑥), sitting one level. */
export const manualSiteExample: SiteExample = { candidatesPerRoom: seatExample.seatsPerRoom, levels: 1 };

/** The count of one material for a site, with how it was reached. */
export interface MaterialCount {
  amount: number;
  /** Unit of `amount`, as the manual counts the item (条, 份, 种, 个, 张). */
  unit: string;
  /** The sum in words, e.g. 「2 个考场 × 2 场 × 2 份」. */
  working: string;
}

/** Return the sessions a room holds: each level has one session per subject kind (理论, 实操). */
export function countSessionsPerRoom(example: SiteExample): number {
  return example.levels * subjectKinds.length;
}

/** Return the candidates of a site. */
export function countCandidates(example: SiteExample): number {
  return example.candidatesPerRoom.reduce((sum, n) => sum + n, 0);
}

/** Return the proctors a site needs: each room by the staffing rule. */
export function countProctors(example: SiteExample): number {
  return example.candidatesPerRoom.reduce((sum, n) => sum + countProctorsForRoom(n), 0);
}

/** Return everyone who wears a 工作牌: the site's roles (主考 … 巡考员) plus the proctors. */
export function countStaff(example: SiteExample): number {
  return siteRoles.reduce((sum, role) => sum + role.count, 0) + countProctors(example);
}

/** Return how many of each material the example site needs, by the domain's counting rules (the wizard's). */
export function countExampleMaterials(example: SiteExample): ReadonlyMap<string, MaterialCount> {
  // Each room holds every level's two sessions: one room-level entry per room and level.
  const roomLevels = example.candidatesPerRoom.flatMap((seats, room) =>
    levels.slice(0, example.levels).map((level) => ({ roomName: `第 ${room + 1} 考场`, level, seats })),
  );
  const quantities = computeMaterialQuantities({ roomLevels, staffMembers: countStaff(example) });
  return new Map(quantities.map(({ item, quantity, unit, derivation }) => [item.key, { amount: quantity, unit, working: derivation }]));
}

/** Return the example site in words, and who the 工作牌 count includes. */
export function describeSiteExample(example: SiteExample): { site: string; staff: string } {
  const rooms = example.candidatesPerRoom.length;
  const sizes = [...new Set(example.candidatesPerRoom)];
  const perRoom = sizes.length === 1 ? `每个考场 ${sizes[0]} 人` : `各考场分别 ${example.candidatesPerRoom.join('、')} 人`;
  const roles = siteRoles.map((role) => `${role.name} ${role.count} 名`).join('、');
  const proctors = example.candidatesPerRoom.map(countProctorsForRoom).join(' + ');
  return {
    site: `报考 ${countCandidates(example)} 人，分 ${rooms} 个考场（${perRoom}），考 ${example.levels} 个级别（每个考场理论、实操共 ${countSessionsPerRoom(example)} 场）`,
    staff: `考务人员共 ${countStaff(example)} 名：${roles}，监考员 ${proctors} = ${countProctors(example)} 名`,
  };
}
