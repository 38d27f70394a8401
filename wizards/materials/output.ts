/**
 * What the materials wizard produces: the printable documents of exam day, in the
 * order the materials list names them (what each is, how many copies to print),
 * and the data they print from the workspace: exam day, and the quantity of every
 * material. It makes no files to download; each document is printed from its screen.
 */
import { buildExamDayPlan } from '../../src/domain/exam-day/day-plan';
import { materials } from '../../src/domain/exam-day/materials';
import { computeMaterialQuantities } from '../../src/domain/exam-day/rules';
import { siteRoles } from '../../src/domain/staffing/facts';
import type { Workspace } from '../../src/domain/workspace/schema';
import { labelsPerPage } from '../print/DeskLabelsDocument';

/** Ids of the printable documents, in the order of the materials list. */
export const materialsDocumentIds = [
  'checklist',
  'banner',
  'doorLabels',
  'deskLabels',
  'signInSheets',
  'roomRecords',
  'inspectionRecord',
  'sealingConfirmation',
  'staffPledge',
  'runSheets',
  'emergencyCard',
] as const;

/** Id of a printable document. */
export type MaterialsDocumentId = (typeof materialsDocumentIds)[number];

const copiesOf = (key: string) => materials.find((item) => item.key === key)!.copies;

/** Every document with its title and printing advice. */
export const materialsDocuments: ReadonlyArray<{ id: MaterialsDocumentId; title: string; advice: string }> = [
  { id: 'checklist', title: '物料准备清单', advice: '逐项打勾，确认物料备齐。' },
  { id: 'banner', title: '横幅文字', advice: '每个级别一页，交给制作横幅的人，或直接用作电子横幅。' },
  { id: 'doorLabels', title: '门贴', advice: '每个考场每场一页，贴在考场门口。' },
  { id: 'deskLabels', title: '桌贴', advice: `每页 ${labelsPerPage} 张，沿虚线剪开贴在考生机上。` },
  { id: 'signInSheets', title: '考场签到表（理论、实操）', advice: `每场打印 ${copiesOf('signInSheet')} 份：一份上交，一份留档。` },
  { id: 'roomRecords', title: '考场情况记录表', advice: `每场打印 ${copiesOf('roomRecord')} 份：一份上交，一份留档。` },
  { id: 'inspectionRecord', title: '巡考情况记录表', advice: `整个考点打印 ${copiesOf('inspectionRecord')} 份，交巡考员填写。` },
  { id: 'sealingConfirmation', title: '考场封场确认单', advice: `整个考点打印 ${copiesOf('sealingConfirmation')} 份。` },
  { id: 'staffPledge', title: '考务人员承诺书', advice: `打印 ${copiesOf('staffPledge')} 份，在考前考务会上由全部考务人员签名。` },
  { id: 'runSheets', title: '考试当天流程表', advice: '每场一页，主考、监考员、系统管理员各拿一份。' },
  { id: 'emergencyCard', title: '应急处理速查卡', advice: '每个考场和考务办公室各放一份。' },
];

/** Return everyone with a badge: the school's staff from the staff wizard and the organisation's 巡考员. */
export function countBadgeHolders(workspace: Workspace): number {
  const sent = siteRoles.filter((role) => role.providedBy === 'organisation').reduce((sum, role) => sum + role.count, 0);
  return workspace.staff.length + sent;
}

/** Return the quantity of every material, and how it was counted. */
export function getQuantities(workspace: Workspace) {
  const day = buildExamDayPlan(workspace);
  return computeMaterialQuantities({
    roomLevels: day.roomLevels.map((room) => ({ roomName: room.roomName, level: room.level, seats: room.candidates.length })),
    staffMembers: countBadgeHolders(workspace),
  });
}
