/**
 * The site wizard's screens in order: the eligibility gate (and its stop page), the
 * site name, the readiness questions, the report; what each checks on 下一步; when each
 * may be entered; and what the wizard writes to the workspace.
 */
import { formatSiteName, judgeSiteEligibility } from '../../src/domain/site/rules';
import { siteTeam } from '../../src/domain/staffing/facts';
import type { WorkspacePatch } from '../../src/domain/workspace/schema';
import { defineSteps } from '../kit/step-list';
import type { FieldError } from '../kit/wizard-machine';
import { readAmount, readCount } from '../shared/read-input';
import { fieldId, getAt, listAskedAttributes, type MachineKey, type SiteForm } from './answers';
import type { SiteContext } from './context-schema';

type Reader = typeof readAmount;

function number(form: SiteForm, path: string, label: string, read: Reader = readAmount): FieldError[] {
  const raw = String(getAt(form, path) ?? '');
  const reading = read(raw, label);
  if (!reading.ok) return [{ field: fieldId(path), message: reading.message }];
  return reading.value === null ? [{ field: fieldId(path), message: `请填写${label}` }] : [];
}

const machineChecks = (key: MachineKey) => (form: SiteForm) =>
  listAskedAttributes(key).flatMap((attribute) => number(form, `machines.${key}.${attribute.key}`, attribute.label));

const checks = {
  eligibility: (form) => [
    ...(form.schoolName.trim() ? [] : [{ field: 'schoolName', message: '请填写院校名称（与平台上注册的名称一致）' }]),
    ...(form.isPilotSchool ? [] : [{ field: 'isPilotSchool', message: '请选择本校是否已经是试点院校' }]),
    ...(form.hasFiledBefore ? [] : [{ field: 'hasFiledBefore', message: '请选择本校以前是否申报过考核站点' }]),
  ],
  rooms: (form) =>
    form.rooms.length === 0
      ? [{ field: 'room-add', message: '请至少添加一个考场（机房）' }]
      : form.rooms.flatMap((room, index) => [
          ...(room.name.trim() ? [] : [{ field: fieldId(`rooms.${index}.name`), message: `请填写第 ${index + 1} 个考场的名称` }]),
          ...number(form, `rooms.${index}.seats`, `第 ${index + 1} 个考场的标准考位数`, readCount),
          ...number(form, `rooms.${index}.servers`, `第 ${index + 1} 个考场的服务器台数`, readCount),
          ...number(form, `rooms.${index}.proctorMachines`, `第 ${index + 1} 个考场的监考机台数`, readCount),
          ...number(form, `rooms.${index}.candidateMachines`, `第 ${index + 1} 个考场的考生机台数`, readCount),
        ]),
  server: machineChecks('server'),
  proctor: machineChecks('proctor'),
  candidate: machineChecks('candidate'),
  equipment: (form) => [...number(form, 'surveillance.channels', '监控路数', readCount), ...number(form, 'surveillance.megapixels', '摄像头像素（百万像素）')],
  venue: (form) => [...number(form, 'venue.seatSpacingMetres', '考位之间的距离（米）'), ...number(form, 'venue.powerHours', '持续供电时间（小时）')],
  team: (form) =>
    siteTeam.flatMap((role) => {
      const errors = [...number(form, `team.${role.name}.count`, `${role.name}人数`, readCount), ...number(form, `team.${role.name}.trained`, `已培训的${role.name}人数`, readCount)];
      const count = readCount(form.team[role.name]?.count ?? '', '');
      const trained = readCount(form.team[role.name]?.trained ?? '', '');
      if (!errors.length && count.ok && trained.ok && (trained.value ?? 0) > (count.value ?? 0)) {
        errors.push({ field: fieldId(`team.${role.name}.trained`), message: `已培训的${role.name}人数不能多于${role.name}人数` });
      }
      return errors;
    }),
} satisfies Record<string, (form: SiteForm) => FieldError[]>;

/** True when the school may apply for a site (the gate's answers). */
export function isEligible(form: SiteForm): boolean {
  return judgeSiteEligibility({ isPilotSchool: form.isPilotSchool === 'yes', hasFiledBefore: form.hasFiledBefore === 'yes' }).isEligible;
}

/** Return the ids of the room table's boxes, and 添加考场 (the error when there is no room). */
const roomFields = (context: SiteContext) => ['room-add', ...context.form.rooms.flatMap((_, index) => ['name', 'seats', 'servers', 'proctorMachines', 'candidateMachines'].map((key) => fieldId(`rooms.${index}.${key}`)))];
const machineFields = (key: MachineKey) => listAskedAttributes(key).map((attribute) => fieldId(`machines.${key}.${attribute.key}`));
const teamFields = siteTeam.flatMap((role) => [fieldId(`team.${role.name}.count`), fieldId(`team.${role.name}.trained`)]);

/** Return what the wizard writes when the report is made: 院校名称 and the site name the platform will generate from it. */
export function buildWorkspacePatch(context: SiteContext): WorkspacePatch {
  const name = context.form.schoolName.trim();
  return { school: { name, siteName: formatSiteName(name) } };
}

/** May `step` be entered now? Every step but the gate asks `canReachSiteStep`. */
const reachable =
  (step: string) =>
  (context: SiteContext): boolean =>
    canReachSiteStep(step, context);

/** The screens, in order. */
export const siteSteps = defineSteps<SiteContext>()({
  eligibility: { title: '申报条件', fields: ['schoolName', 'isPilotSchool', 'hasFiledBefore'], check: ({ form }) => checks.eligibility(form) },
  ineligible: { title: '还不能申报', canEnter: reachable('ineligible'), partOf: 'eligibility' },
  siteName: { title: '站点名称', canEnter: reachable('siteName') },
  rooms: { title: '考场', canEnter: reachable('rooms'), fields: roomFields, check: ({ form }) => checks.rooms(form) },
  server: { title: '服务器', canEnter: reachable('server'), fields: machineFields('server'), check: ({ form }) => checks.server(form) },
  proctor: { title: '监考机', canEnter: reachable('proctor'), fields: machineFields('proctor'), check: ({ form }) => checks.proctor(form) },
  candidate: { title: '考生机', canEnter: reachable('candidate'), fields: machineFields('candidate'), check: ({ form }) => checks.candidate(form) },
  equipment: { title: '设备', canEnter: reachable('equipment'), fields: [fieldId('surveillance.channels'), fieldId('surveillance.megapixels')], check: ({ form }) => checks.equipment(form) },
  venue: { title: '场地', canEnter: reachable('venue'), fields: [fieldId('venue.seatSpacingMetres'), fieldId('venue.powerHours')], check: ({ form }) => checks.venue(form) },
  team: { title: '管理团队', canEnter: reachable('team'), fields: teamFields, check: ({ form }) => checks.team(form) },
  facilities: { title: '办公环境', canEnter: reachable('facilities'), saves: buildWorkspacePatch },
  report: { title: '自查报告', canEnter: reachable('report') },
});
export type SiteStep = (typeof siteSteps.ids)[number];

/** True when `step` may be shown: every earlier question answered, and the gate passed or (for the stop page) failed. */
export function canReachSiteStep(step: string, context: SiteContext): boolean {
  const ids: readonly string[] = siteSteps.ids;
  const answered = siteSteps.ids.slice(0, ids.indexOf(step)).every((earlier) => earlier === 'ineligible' || siteSteps.errorsOf(earlier, context).length === 0);
  if (!answered) return false;
  if (step === 'eligibility') return true;
  return step === 'ineligible' ? !isEligible(context.form) : isEligible(context.form);
}

/** Return the screen that asks about a readiness item, from the item's key. */
export function findStepOfItem(key: string): SiteStep {
  const [part, detail] = key.split('.');
  if (part === 'room') return 'rooms';
  if (part === 'machine') return detail as MachineKey;
  if (part === 'equipment' || part === 'venue' || part === 'team') return part;
  return 'facilities';
}
