/**
 * The pilot wizard's screens in order: each screen's name, its text boxes, what it
 * checks on 下一步, and what the wizard writes to the workspace.
 */
import { parseDateInput } from '../../src/domain/calendar/dates';
import { normalizeMajors } from '../../src/domain/pilot/rules';
import type { Pilot, WorkspacePatch } from '../../src/domain/workspace/schema';
import { defineSteps } from '../kit/step-list';
import type { FieldError } from '../kit/wizard-machine';
import { readCount } from '../shared/read-input';
import type { PilotContext } from './context-schema';
import type { PilotField, PilotForm } from './fields';

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

/** Return what the wizard writes to the workspace: 院校名称, 试点专业 (codes kept where known), 拟申报培训人数. */
export function buildWorkspacePatch(context: PilotContext): WorkspacePatch {
  const trainees = readCount(context.form.trainees, '');
  const known = context.workspace.pilot.majors;
  const pilot: Partial<Pilot> = {
    majors: normalizeMajors(context.majors).map((name) => ({ name, code: known.find((major) => major.name === name)?.code ?? '' })),
    approvedScale: trainees.ok ? trainees.value : context.workspace.pilot.approvedScale,
  };
  return { school: { name: context.form.schoolName.trim() }, pilot };
}

type Check = (context: PilotContext) => FieldError[];

const checkBatch: Check = ({ form }) => {
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
};

const checkMajors: Check = ({ form }) => [
  ...(form.majorDraft.trim() ? [{ field: 'majorDraft', message: `“${form.majorDraft.trim()}”还没有加入列表：请点「添加到列表」，或清空这一栏` }] : []),
  ...count(form, 'trainees', '拟申报的培训人数', { min: 1, isRequired: true }),
];

const checkTeachers: Check = ({ form }) => {
  const total = countOrNull(form.teachersTotal);
  return [
    ...count(form, 'teachersTotal', '专任教师人数', { min: 1, isRequired: true }),
    ...count(form, 'teachersSenior', '高级职称教师人数', { max: total }),
    ...count(form, 'teachersDual', '“双师型”教师人数', { max: total }),
    ...count(form, 'teachersTrained', '参加过师资培训的教师人数', { max: total }),
  ];
};

const checkFacilities: Check = ({ form }) => [
  ...count(form, 'facilityRooms', '机房数量', { isRequired: true }),
  ...count(form, 'facilityMachines', '计算机台数', { isRequired: true }),
];

const checkDescriptions: Check = ({ form }) => [
  ...required(form, 'teacherText', '师资情况描述是必填项，请填写或点「按前面几步的回答重新起草」'),
  ...required(form, 'facilityText', '场地情况描述是必填项，请填写或点「按前面几步的回答重新起草」'),
];

/** The screens, in order. */
export const pilotSteps = defineSteps<PilotContext>()({
  batch: { title: '批次和时间', fields: ['schoolName', 'batch', 'windowStart', 'windowEnd'], check: checkBatch },
  majors: { title: '专业和人数', fields: ['majorDraft', 'trainees'], check: checkMajors },
  teachers: { title: '师资情况', fields: ['teachersTotal', 'teachersSenior', 'teachersDual', 'teachersTrained', 'teachersExtra'], check: checkTeachers },
  facilities: { title: '场地情况', fields: ['facilityRooms', 'facilityMachines', 'facilitySoftware', 'facilityExtra'], check: checkFacilities },
  descriptions: { title: '两段描述', fields: ['teacherText', 'facilityText', 'evidence'], check: checkDescriptions },
  check: { title: '检查回答', saves: buildWorkspacePatch },
  result: { title: '填写清单' },
});
export type PilotStep = (typeof pilotSteps.ids)[number];
