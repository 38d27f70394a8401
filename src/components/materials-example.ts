import { subjectKinds } from '../domain/certificate/facts';
import { scratchPaperMargin } from '../domain/exam-day/materials';
import type { MaterialItem } from '../domain/exam-day/schema';
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

// The manual counts each item in its own unit (第四章 二 物料准备清单); 张 for scratch
// paper is ours, the manual gives none.
const units: Record<string, string> = {
  banner: '条',
  admissionTicket: '份',
  signs: '种',
  badges: '个',
  posters: '种',
  seals: '个',
  inspectionRecord: '份',
  sealingConfirmation: '份',
  staffPledge: '份',
  deskAndDoorLabels: '份',
  signInSheet: '份',
  roomRecord: '份',
  surveillanceVideo: '份',
  scratchPaper: '张',
};

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

/**
 * Return the scratch paper for one room: its candidate list plus the margin, rounded
 * up. Computed in whole percent so 40 × 5% stays exactly 2 sheets.
 */
export function countScratchPaper(candidates: number): number {
  const percent = Math.round(scratchPaperMargin * 100);
  return candidates + Math.ceil((candidates * percent) / 100);
}

/** Return how many of a material a site needs, by the manual's counting rule. */
export function countMaterial(item: MaterialItem, example: SiteExample): MaterialCount {
  const unit = units[item.key];
  if (!unit) throw new Error(`No unit for material: ${item.key}`);
  const rooms = example.candidatesPerRoom.length;
  const sessions = countSessionsPerRoom(example);
  const copies = item.copies;
  switch (item.per) {
    case 'room':
      return { amount: rooms * copies, unit, working: `${rooms} 个考场 × ${copies} ${unit}` };
    case 'roomSession':
      return { amount: rooms * sessions * copies, unit, working: `${rooms} 个考场 × ${sessions} 场 × ${copies} ${unit}` };
    case 'candidateSubject': {
      const candidates = countCandidates(example);
      const subjects = subjectKinds.length;
      return { amount: candidates * subjects * copies, unit, working: `${candidates} 名考生 × ${subjects} 科 × ${copies} ${unit}` };
    }
    case 'staffMember': {
      const staff = countStaff(example);
      return { amount: staff * copies, unit, working: `${staff} 名考务人员 × ${copies} ${unit}` };
    }
    case 'site':
      return { amount: copies, unit, working: `整个考点 ${copies} ${unit}` };
    case 'kind':
      return { amount: copies, unit, working: `共 ${copies} ${unit}，数量按实际情况定` };
    case 'candidatePlusMargin': {
      const perRoom = example.candidatesPerRoom.map(countScratchPaper);
      const amount = perRoom.reduce((sum, n) => sum + n, 0);
      const working = example.candidatesPerRoom.map((n, i) => `${n} 人 → ${perRoom[i]} ${unit}`).join('，');
      return { amount, unit, working: `每个考场：${working}` };
    }
  }
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
