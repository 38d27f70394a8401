/**
 * The registration wizard's screens in order (name, fields, what each checks on
 * 下一步, what it saves), and what the later screens and the file are built from.
 * Pure functions of the context.
 */
import { levels } from '../../src/domain/certificate/facts';
import type { Level } from '../../src/domain/certificate/schema';
import { countByLevel, splitRegistrable } from '../../src/domain/enrolment/rules';
import type { Problem } from '../../src/domain/plan/problem';
import { menus } from '../../src/domain/platform/facts';
import { checkLevelTimes, getSittingFieldId, toPlanLevelTimes } from '../../src/domain/plan/rules';
import type { PlanEntry } from '../../src/domain/plan/schema';
import { checkWindowDrafts, toPlanWindows, windowFieldIds } from '../../src/domain/plan/windows';
import { defineSteps } from '../kit/step-list';
import type { RegistrationContext } from './context-schema';
import { blockerFrom } from '../shared/wizard-links';
import { checkStart } from './start-check';

/** Return the levels the user said the school sits. */
export function listSatLevels(context: RegistrationContext): Level[] {
  return levels.filter((level) => context.levels[level].isSat);
}

/** Return the candidates going into the file and those left out, with the reason. */
export function getRegistrable(context: RegistrationContext) {
  const sat = new Set(listSatLevels(context));
  const choices = new Map(
    context.choices.map((choice) => [choice.documentNumber, { ...choice, level: choice.level && sat.has(choice.level) ? choice.level : null }]),
  );
  return splitRegistrable(context.workspace.candidates, choices);
}

/** Return the plan as checked data, for the workspace (call once `plan` and `times` have no errors). */
export function toPlanEntry(context: RegistrationContext): PlanEntry {
  return {
    name: context.planName.trim(),
    year: Number(context.planYear.trim()),
    ...toPlanWindows(context.windows),
    levels: listSatLevels(context).map((level) => toPlanLevelTimes(level, context.levels[level])),
  };
}

const feePattern = /^\d{1,5}$/;

/** Return the province's fees as numbers, when the user gave them. */
export function getProvincialFees(context: RegistrationContext): Partial<Record<Level, number>> {
  if (context.feeMode !== 'provincial') return {};
  return Object.fromEntries(
    levels.filter((level) => feePattern.test(context.fees[level].trim())).map((level) => [level, Number(context.fees[level])]),
  );
}

/** Return the choices with `change` applied to the given candidates. */
export function updateChoices(
  choices: RegistrationContext['choices'],
  documentNumbers: readonly string[],
  change: Partial<RegistrationContext['choices'][number]>,
): RegistrationContext['choices'] {
  const chosen = new Set(documentNumbers);
  return choices.map((choice) => (chosen.has(choice.documentNumber) ? { ...choice, ...change } : choice));
}

/** What stops the plan screen: no name, no four-digit year, a window typed wrong. */
function checkPlan(context: RegistrationContext): Problem[] {
  const problems: Problem[] = [];
  if (!context.planName.trim()) {
    problems.push({ field: 'plan-name', message: `请填写计划名称，从「${menus.examPlan}」中复制，例如“2026年第三次网店运营推广全国统考”。` });
  }
  if (!/^\d{4}$/.test(context.planYear.trim())) problems.push({ field: 'plan-year', message: '请填写考核所属年度，四位数字，例如 2026。' });
  return [...problems, ...checkWindowDrafts(context.windows)];
}

/** What stops the levels screen: no level chosen, or levels the plan does not sit. */
function checkLevels(context: RegistrationContext): Problem[] {
  const sat = listSatLevels(context);
  const outside = context.choices.filter((choice) => choice.level && !sat.includes(choice.level)).length;
  if (outside > 0) {
    return [{ field: 'group-0', message: `有 ${outside} 名考生选的级别本次没有安排。请为他们重新选择级别，或回到上一步勾选该级别。` }];
  }
  return context.choices.some((choice) => choice.level) ? [] : [{ field: 'group-0', message: '还没有为任何考生选择报考级别。请按班级或逐个选择级别。' }];
}

/** What stops the site screen: a code that is not letters and digits, no name. */
function checkSite(context: RegistrationContext): Problem[] {
  const problems: Problem[] = [];
  if (!/^[0-9A-Za-z]+$/.test(context.siteCode.trim())) {
    problems.push({ field: 'site-code', message: `请填写考核站点编号（只含数字或字母），在「${menus.examSiteManagement}」中查看。` });
  }
  if (!context.siteName.trim()) problems.push({ field: 'site-name', message: `请填写考核站点名称，在「${menus.examSiteManagement}」中查看。` });
  return problems;
}

/** What stops the fees screen: no answer, or a province's fee missing for a level with candidates. */
function checkFees(context: RegistrationContext): Problem[] {
  if (!context.feeMode) return [{ field: 'fee-mode', message: '请选择本省是否已公布考核费用标准。' }];
  if (context.feeMode === 'default') return [];
  const counts = countByLevel(getRegistrable(context).included);
  return levels
    .filter((level) => (counts[level] ?? 0) > 0 && !feePattern.test(context.fees[level].trim()))
    .map((level) => ({ field: `fee-${level}`, message: `请填写本省${level}的考核费用，整数，单位元。` }));
}

/** The screens, in order; each id is also the URL hash. */
export const registrationSteps = defineSteps<RegistrationContext>()({
  start: {
    title: '开始之前',
    fields: ['start-candidates'],
    check: checkStart,
    blockedBy: (context) => blockerFrom(checkStart(context), 'candidates'),
  },
  plan: {
    title: '考核计划',
    fields: ['plan-name', 'plan-year', ...windowFieldIds],
    check: checkPlan,
  },
  times: {
    title: '科目考试时间',
    fields: levels.flatMap((level) => [
      `level-${level}`,
      ...(['theory', 'practical'] as const).flatMap((part) => (['date', 'start', 'end'] as const).map((key) => getSittingFieldId(level, part, key))),
    ]),
    check: (context) => {
      const sat = listSatLevels(context);
      if (sat.length === 0) return [{ field: 'level-初级', message: '请至少勾选一个本次有考生参加的级别。' }];
      return sat.flatMap((level) => checkLevelTimes(level, context.levels[level], context.today));
    },
    saves: (context) => ({ examPlan: { ...context.workspace.examPlan, ...toPlanEntry(context) } }),
  },
  levels: { title: '报考级别', fields: ['group-0'], check: checkLevels, saves: (context) => ({ enrolments: context.choices }) },
  status: {
    title: '信息准确',
    fields: ['accurate-all'],
    check: (context) =>
      getRegistrable(context).included.length === 0
        ? [{ field: 'accurate-all', message: '还没有考生标为“信息准确”。只有信息准确的考生才能报考：请在平台核对后勾选。' }]
        : [],
    saves: (context) => ({ enrolments: context.choices }),
  },
  site: {
    title: '考核站点',
    fields: ['site-code', 'site-name'],
    check: checkSite,
    saves: (context) => ({ school: { ...context.workspace.school, siteCode: context.siteCode.trim(), siteName: context.siteName.trim() } }),
  },
  fees: { title: '考核费用', fields: ['fee-mode', ...levels.map((level) => `fee-${level}`)], check: checkFees },
  review: { title: '检查您的答案' },
  result: { title: '报考文件' },
});
export type RegistrationStep = (typeof registrationSteps.ids)[number];
