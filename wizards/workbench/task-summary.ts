/**
 * One line per task of what the school's workspace holds from it, e.g.
 * 「51 名考生（院校考生 48 名，社会考生 3 名）」, 「3 个考场，127 台考生机，已安排 54 个考位」. Empty
 * when the workspace holds nothing from that task (the review and the
 * certificates work after the exam lives only in their wizards' drafts).
 */
import { levels } from '../../src/domain/certificate/facts';
import { countByLevel, listRegisteredCandidates } from '../../src/domain/enrolment/rules';
import { formatChineseDate } from '../../src/domain/timeline/iso-date';
import { readPlanExamDate } from '../../src/domain/plan/rules';
import type { Workspace } from '../../src/domain/workspace/schema';
import type { WizardSlug } from '../catalog';
import type { PhotoCheck } from '../../src/domain/consistency/photos';

const summaries: Record<WizardSlug, (workspace: Workspace, photos: PhotoCheck | undefined) => string> = {
  pilot: ({ pilot }) =>
    pilot.majors.length === 0 ? '' : [`${pilot.majors.length} 个试点专业`, ...(pilot.approvedScale === null ? [] : [`培训人数 ${pilot.approvedScale} 人`])].join('，'),
  site: ({ school }) => (school.siteName ? `考核站点「${school.siteName}」${school.siteCode ? `，站点编码 ${school.siteCode}` : ''}` : ''),
  candidates: ({ candidates }) => {
    if (candidates.length === 0) return '';
    const social = candidates.filter((candidate) => candidate.candidateType === '社会考生').length;
    return `${candidates.length} 名考生（院校考生 ${candidates.length - social} 名，社会考生 ${social} 名）`;
  },
  // Which students have a photo is known only from the photo wizard's draft (photos are never stored): its last match.
  photos: ({ candidates }, photos) => {
    if (candidates.length === 0) return '';
    if (!photos) return `${candidates.length} 名考生需要照片`;
    const matched = `上次核对：${photos.checked.length} 名考生，${photos.withoutPhoto.length === 0 ? '都有照片' : `${photos.withoutPhoto.length} 名缺照片`}`;
    return photos.checked.length === candidates.length ? matched : `${matched}（考生名单现有 ${candidates.length} 名，请重新核对）`;
  },
  registration: ({ candidates, enrolments }) => {
    const registered = listRegisteredCandidates(candidates, enrolments);
    if (registered.length === 0) return '';
    const counts = countByLevel(registered);
    const byLevel = levels.filter((level) => counts[level]).map((level) => `${level} ${counts[level]} 人`);
    const left = candidates.length - registered.length;
    return `${registered.length} 名考生已报考（${byLevel.join('，')}）${left > 0 ? `，${left} 名未报考` : ''}`;
  },
  rooms: ({ rooms, roomPlan }) => {
    if (rooms.length === 0) return '';
    // Machines are not seats: a room's 考位数 is the candidates seated in it (手册 第三章 五 1 ⑥; src/domain/rooms/rules.ts),
    // 45 in a room of 75 machines in the manual's example. So machines and seats are counted apart.
    const machines = rooms.reduce((sum, room) => sum + (room.machines ?? 0), 0);
    const seats = roomPlan.reduce((sum, entry) => sum + entry.documentNumbers.length, 0);
    return `${rooms.length} 个考场，${machines} 台考生机${roomPlan.length > 0 ? `，已安排 ${seats} 个考位` : ''}`;
  },
  staff: ({ staff, roomPlan, proctorAssignments }) => {
    if (staff.length === 0) return '';
    const staffed = proctorAssignments.filter((entry) => entry.proctors.length > 0).length;
    return `${staff.length} 名考务人员${roomPlan.length > 0 ? `，${staffed} / ${roomPlan.length} 个考场已安排监考员` : ''}`;
  },
  materials: ({ roomPlan }) => {
    const rooms = new Set(roomPlan.map((entry) => entry.roomName)).size;
    return rooms === 0 ? '' : `按 ${rooms} 个考场的安排准备物料`;
  },
  timeline: (workspace) => {
    const examDate = readPlanExamDate(workspace.examPlan);
    return examDate ? `考试日期 ${formatChineseDate(examDate)}` : '';
  },
  review: () => '',
  certificates: () => '',
};

/** Return the one-line summary of a task from the workspace (and the photo wizard's last match), or '' when it holds nothing from it. */
export function summarizeTask(slug: WizardSlug, workspace: Workspace, photos?: PhotoCheck): string {
  return summaries[slug](workspace, photos);
}
