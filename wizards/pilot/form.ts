/**
 * The pilot wizard's answers as typed, and how each screen is checked. Text boxes
 * keep exactly what was typed; `toPilotAnswers` reads them into the domain's shape.
 */
import { parseDateInput } from '../../src/domain/calendar/rules';
import { normalizeMajors } from '../../src/domain/pilot/rules';
import type { PilotAnswers } from '../../src/domain/pilot/schema';
import type { FieldError } from '../kit/wizard-machine';
import { readCount, readLines } from './read-input';

/** Screens of the pilot wizard, in order. */
export const pilotSteps = ['batch', 'majors', 'teachers', 'facilities', 'descriptions', 'check', 'result'] as const;
export type PilotStep = (typeof pilotSteps)[number];

/** Ids of every text box of the wizard, which are also the keys of the typed answers. */
export const pilotFields = [
  'schoolName',
  'batch',
  'windowStart',
  'windowEnd',
  /** The 专业名称 box beside 「添加到列表」. */
  'majorDraft',
  'trainees',
  'teachersTotal',
  'teachersSenior',
  'teachersDual',
  'teachersTrained',
  'teachersExtra',
  'facilityRooms',
  'facilityMachines',
  'facilitySoftware',
  'facilityExtra',
  'teacherText',
  'facilityText',
  'evidence',
] as const;

/** Every text box of the wizard, as typed. */
export type PilotForm = Record<(typeof pilotFields)[number], string>;

/** Return a form with every box empty, or with the given boxes filled. */
export function createPilotForm(filled: Partial<PilotForm> = {}): PilotForm {
  return { ...(Object.fromEntries(pilotFields.map((field) => [field, ''])) as PilotForm), ...filled };
}
export type PilotField = keyof PilotForm;

/** What the screens check: the form and the list of majors. */
export interface PilotFormState {
  form: PilotForm;
  majors: string[];
}

type Check = (state: PilotFormState) => FieldError[];

const countOrNull = (raw: string) => {
  const reading = readCount(raw, '');
  return reading.ok ? reading.value : null;
};

function required(form: PilotForm, field: PilotField, message: string): FieldError[] {
  return form[field].trim() ? [] : [{ field, message }];
}

function count(form: PilotForm, field: PilotField, label: string, options: { min?: number; isRequired?: boolean; max?: number | null } = {}): FieldError[] {
  const reading = readCount(form[field], label, options.min ?? 0);
  if (!reading.ok) return [{ field, message: reading.message }];
  if (reading.value === null) return options.isRequired ? [{ field, message: `请填写${label}` }] : [];
  if (options.max != null && reading.value > options.max) return [{ field, message: `${label}不能多于教师总数 ${options.max} 名` }];
  return [];
}

function date(form: PilotForm, field: PilotField, label: string): FieldError[] {
  if (!form[field].trim()) return [{ field, message: `请填写${label}，例如 2026-04-01` }];
  return parseDateInput(form[field]) ? [] : [{ field, message: `${label}“${form[field].trim()}”不是有效日期，请按 2026-04-01 的格式填写` }];
}

const checks: Record<PilotStep, Check> = {
  batch: ({ form }) => {
    const errors = [
      ...required(form, 'schoolName', '请填写院校名称（与平台上注册的名称一致）'),
      ...required(form, 'batch', '请填写申报批次，例如“2026年第一次”（在本省申报计划里可以看到）'),
      ...date(form, 'windowStart', '申报开始日期'),
      ...date(form, 'windowEnd', '申报截止日期'),
    ];
    const start = parseDateInput(form.windowStart);
    const end = parseDateInput(form.windowEnd);
    if (start && end && end < start) errors.push({ field: 'windowEnd', message: '申报截止日期不能早于开始日期' });
    return errors;
  },
  majors: ({ form }) => [
    ...(form.majorDraft.trim() ? [{ field: 'majorDraft', message: `“${form.majorDraft.trim()}”还没有加入列表：请点「添加到列表」，或清空这一栏` }] : []),
    ...count(form, 'trainees', '拟申报的培训人数', { min: 1, isRequired: true }),
  ],
  teachers: ({ form }) => {
    const total = countOrNull(form.teachersTotal);
    return [
      ...count(form, 'teachersTotal', '专任教师人数', { min: 1, isRequired: true }),
      ...count(form, 'teachersSenior', '高级职称教师人数', { max: total }),
      ...count(form, 'teachersDual', '“双师型”教师人数', { max: total }),
      ...count(form, 'teachersTrained', '参加过师资培训的教师人数', { max: total }),
    ];
  },
  facilities: ({ form }) => [
    ...count(form, 'facilityRooms', '机房数量', { isRequired: true }),
    ...count(form, 'facilityMachines', '计算机台数', { isRequired: true }),
  ],
  descriptions: ({ form }) => [
    ...required(form, 'teacherText', '师资情况描述是必填项，请填写或点「按前面几步的回答重新起草」'),
    ...required(form, 'facilityText', '场地情况描述是必填项，请填写或点「按前面几步的回答重新起草」'),
  ],
  check: () => [],
  result: () => [],
};

/** Return the problems of one screen; empty when it may be left with 下一步. */
export function validatePilotStep(step: PilotStep, state: PilotFormState): FieldError[] {
  return checks[step](state);
}

/** True when every screen before `step` is complete, so the user may go there. */
export function canReachPilotStep(step: PilotStep, state: PilotFormState): boolean {
  return pilotSteps.slice(0, pilotSteps.indexOf(step)).every((earlier) => validatePilotStep(earlier, state).length === 0);
}

/** Read the typed answers into the domain's shape (blank or invalid numbers become null). */
export function toPilotAnswers({ form, majors }: PilotFormState): PilotAnswers {
  return {
    batch: form.batch.trim(),
    windowStart: parseDateInput(form.windowStart) ?? '',
    windowEnd: parseDateInput(form.windowEnd) ?? '',
    majors: normalizeMajors(majors),
    trainees: countOrNull(form.trainees),
    teachers: {
      total: countOrNull(form.teachersTotal),
      seniorTitle: countOrNull(form.teachersSenior),
      dualQualified: countOrNull(form.teachersDual),
      trainedByOrganisation: countOrNull(form.teachersTrained),
      extra: form.teachersExtra,
    },
    facilities: { rooms: countOrNull(form.facilityRooms), machines: countOrNull(form.facilityMachines), software: readLines(form.facilitySoftware), extra: form.facilityExtra },
    teacherText: form.teacherText,
    facilityText: form.facilityText,
    evidence: readLines(form.evidence),
  };
}
