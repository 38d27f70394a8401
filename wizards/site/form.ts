/**
 * The site wizard's answers as typed, how each screen is checked, and how the answers
 * become the domain's readiness answers. Numbers stay text until read, so a typo stays
 * on screen to be fixed.
 */
import { hardwareAttributes } from '../../src/domain/site/readiness-machines';
import { machineSpecs } from '../../src/domain/site/requirements';
import type { MachineAnswers, ReadinessAnswers } from '../../src/domain/site/schema';
import { siteTeam } from '../../src/domain/staffing/facts';
import type { FieldError } from '../kit/wizard-machine';
import { readAmount, readCount } from '../pilot/read-input';

/** Screens of the site wizard, in order; `ineligible` is the stop page. */
export const siteSteps = ['eligibility', 'ineligible', 'siteName', 'rooms', 'server', 'proctor', 'candidate', 'equipment', 'venue', 'team', 'facilities', 'report'] as const;
export type SiteStep = (typeof siteSteps)[number];
export type MachineKey = 'server' | 'proctor' | 'candidate';

/** One room as typed. */
export interface RoomForm {
  name: string;
  seats: string;
  servers: string;
  proctorMachines: string;
  candidateMachines: string;
}

/** One kind of machine as typed: numbers as text, ticks as booleans and lists. */
export interface MachineForm {
  cpuCores: string;
  cpuGhz: string;
  memoryGb: string;
  diskGb: string;
  diskRpm: string;
  graphicsGb: string;
  hasGigabitNetwork: boolean;
  software: string[];
  notes: string[];
}

/** Everything the site wizard asks, as typed. */
export interface SiteForm {
  schoolName: string;
  isPilotSchool: '' | 'yes' | 'no';
  hasFiledBefore: '' | 'yes' | 'no';
  rooms: RoomForm[];
  machines: Record<MachineKey, MachineForm>;
  /** Features present, per equipment key. */
  equipment: Record<string, string[]>;
  surveillance: { channels: string; megapixels: string };
  venue: { conditions: string[]; seatSpacingMetres: string; hasOtherIsolation: boolean; powerHours: string; hasDualPower: boolean };
  /** Per `siteTeam` role name. */
  team: Record<string, { count: string; trained: string }>;
  facilities: string[];
  /** Indexes into `otherRequirements`. */
  otherRequirements: number[];
}

/** Return a room with every box empty. */
export const createRoomForm = (): RoomForm => ({ name: '', seats: '', servers: '', proctorMachines: '', candidateMachines: '' });

const createMachineForm = (): MachineForm => ({
  cpuCores: '',
  cpuGhz: '',
  memoryGb: '',
  diskGb: '',
  diskRpm: '',
  graphicsGb: '',
  hasGigabitNetwork: false,
  software: [],
  notes: [],
});

/** Return a form with nothing answered, or with the given parts answered. */
export function createSiteForm(filled: Partial<SiteForm> = {}): SiteForm {
  return {
    schoolName: '',
    isPilotSchool: '',
    hasFiledBefore: '',
    rooms: [],
    machines: { server: createMachineForm(), proctor: createMachineForm(), candidate: createMachineForm() },
    equipment: {},
    surveillance: { channels: '', megapixels: '' },
    venue: { conditions: [], seatSpacingMetres: '', hasOtherIsolation: false, powerHours: '', hasDualPower: false },
    team: {},
    facilities: [],
    otherRequirements: [],
    ...filled,
  };
}

/** The id of the input for a dotted answer path (`machines.server.cpuCores` → `machines-server-cpuCores`). */
export const fieldId = (path: string) => path.replaceAll('.', '-');

/** Read a value at a dotted path of the form. */
export function getAt(form: SiteForm, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], form);
}

/** Return the form with the value at a dotted path replaced (arrays by index), sharing everything else. */
export function setAt<T>(value: T, path: string, next: unknown): T {
  const [key, ...rest] = path.split('.');
  const current = (value ?? {}) as Record<string, unknown>;
  const child = rest.length ? setAt(current[key!], rest.join('.'), next) : next;
  if (Array.isArray(value)) return value.map((item, index) => (index === Number(key) ? child : item)) as T;
  return { ...current, [key!]: child } as T;
}

type Reader = typeof readAmount;

function number(form: SiteForm, path: string, label: string, read: Reader = readAmount): FieldError[] {
  const raw = String(getAt(form, path) ?? '');
  const reading = read(raw, label);
  if (!reading.ok) return [{ field: fieldId(path), message: reading.message }];
  return reading.value === null ? [{ field: fieldId(path), message: `请填写${label}` }] : [];
}

/** The hardware attributes asked for a machine kind: those its spec gives. */
export function listAskedAttributes(key: MachineKey) {
  const spec = machineSpecs.find((candidate) => candidate.key === key)!;
  return hardwareAttributes.filter((attribute) => spec.minimum[attribute.key] !== undefined);
}

const machineChecks = (key: MachineKey) => (form: SiteForm) =>
  listAskedAttributes(key).flatMap((attribute) => number(form, `machines.${key}.${attribute.key}`, attribute.label));

const checks: Record<SiteStep, (form: SiteForm) => FieldError[]> = {
  eligibility: (form) => [
    ...(form.schoolName.trim() ? [] : [{ field: 'schoolName', message: '请填写院校名称（与平台上注册的名称一致）' }]),
    ...(form.isPilotSchool ? [] : [{ field: 'isPilotSchool', message: '请选择本校是否已经是试点院校' }]),
    ...(form.hasFiledBefore ? [] : [{ field: 'hasFiledBefore', message: '请选择本校以前是否申报过考核站点' }]),
  ],
  ineligible: () => [],
  siteName: () => [],
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
  facilities: () => [],
  report: () => [],
};

/** Return the problems of one screen; empty when it may be left with 下一步. */
export function validateSiteStep(step: SiteStep, form: SiteForm): FieldError[] {
  return checks[step](form);
}

const valueOf = (raw: string, read: Reader = readAmount) => {
  const reading = read(raw, '');
  return reading.ok ? reading.value : null;
};

/** Turn the typed answers into the readiness check's answers. */
export function toReadinessAnswers(form: SiteForm): ReadinessAnswers {
  const machine = (key: MachineKey): MachineAnswers => {
    const typed = form.machines[key];
    const numbers = Object.fromEntries(hardwareAttributes.map(({ key: attribute }) => [attribute, valueOf(typed[attribute])]));
    return { ...(numbers as Pick<MachineAnswers, (typeof hardwareAttributes)[number]['key']>), hasGigabitNetwork: typed.hasGigabitNetwork, software: typed.software, notes: typed.notes };
  };
  return {
    rooms: form.rooms.map((room) => ({
      name: room.name,
      seats: valueOf(room.seats, readCount),
      servers: valueOf(room.servers, readCount),
      proctorMachines: valueOf(room.proctorMachines, readCount),
      candidateMachines: valueOf(room.candidateMachines, readCount),
    })),
    machines: { server: machine('server'), proctor: machine('proctor'), candidate: machine('candidate') },
    equipment: form.equipment,
    surveillance: { channels: valueOf(form.surveillance.channels, readCount), megapixels: valueOf(form.surveillance.megapixels) },
    venue: { ...form.venue, seatSpacingMetres: valueOf(form.venue.seatSpacingMetres), powerHours: valueOf(form.venue.powerHours) },
    team: Object.fromEntries(Object.entries(form.team).map(([role, answer]) => [role, { count: valueOf(answer.count, readCount), trained: valueOf(answer.trained, readCount) }])),
    facilities: form.facilities,
    otherRequirements: form.otherRequirements,
  };
}

/** Return the screen that asks about a readiness item, from the item's key. */
export function findStepOfItem(key: string): SiteStep {
  const [part, detail] = key.split('.');
  if (part === 'room') return 'rooms';
  if (part === 'machine') return detail as MachineKey;
  if (part === 'equipment' || part === 'venue' || part === 'team') return part;
  return 'facilities';
}
