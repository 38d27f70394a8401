/**
 * The timeline a school should follow: the 重要时间节点 of 手册 第三章 十一 dated from
 * the exam, except where the school's own exam plan (手册 第三章 二) dates the stage.
 * There the plan's window is the date (one date, never two), the manual's rule is kept
 * only to warn when it disagrees, and a stage dated by the rule alone says it is a fallback.
 */
import { planWindows } from '../plan/facts';
import { planWindowKeys, type PlanWindowKey, type PlanWindows } from '../plan/windows';
import { menus } from '../platform/facts';
import { milestones, planDatedMilestones, ruleFallbackNote } from './facts';
import { formatChineseDate } from './iso-date';
import { explainRelativeDay, resolveRelativeDay, type DatedMilestone } from './rules';

export type { PlanWindows } from '../plan/windows';

/** A milestone as the school should follow it. */
export interface TimelineEntry extends DatedMilestone {
  /** `plan`: dated by the exam plan's own window; `rule`: worked out from the exam date by the manual's rule. */
  source: 'plan' | 'rule';
  /** Set on a `rule` entry whose stage the plan dates, while the plan's window is not known: the rule is only a fallback. */
  fallbackNote?: string;
  /** Set on a `plan` entry whose dates differ from the manual's rule: what each says, and that the plan decides. */
  conflict?: string;
}

type PlanDatedKey = keyof typeof planDatedMilestones;

const isPlanDated = (key: string): key is PlanDatedKey => key in planDatedMilestones;

/** Plan windows that date a milestone (报考时间 is 考试报名's deadline): shown as that milestone, never a second time. */
const windowsOfMilestones = new Set<string>(Object.values(planDatedMilestones));

/** Return the entered plan windows that date no milestone (排考时间, 成绩登记时间), in the platform's order. */
export function listOtherPlanWindows(windows: PlanWindows): PlanWindowKey[] {
  return planWindowKeys.filter((key) => windows[key] && !windowsOfMilestones.has(key));
}

const formatRange = (start: string | undefined, end: string | undefined) =>
  start && start !== end ? `${formatChineseDate(start)} 至 ${formatChineseDate(end!)}` : formatChineseDate(end ?? start!);

/** Return the warning for a stage whose plan dates differ from the rule's, or undefined when they agree. */
function describeConflict(key: PlanDatedKey, plan: { start?: string; end?: string }, rule: { start?: string; end?: string }): string | undefined {
  if (plan.start === rule.start && plan.end === rule.end) return undefined;
  const milestone = milestones.find((entry) => entry.key === key)!;
  const windowName = planWindows[planDatedMilestones[key]].name;
  if (!plan.start) {
    return `考核计划的${windowName}截止于 ${formatChineseDate(plan.end!)}，按手册“${milestone.timing}”推算是 ${formatChineseDate(rule.end!)}，两者不同：以考核计划为准，请在 ${formatChineseDate(plan.end!)}当天或之前完成${milestone.stage}`;
  }
  return `考核计划的${windowName}是 ${formatRange(plan.start, plan.end)}，按手册“${milestone.timing}”推算是 ${formatRange(rule.start, rule.end)}，两者不同：以考核计划为准`;
}

/**
 * Return every milestone with the dates the school should use: the plan's window where the
 * plan dates the stage and the window is known, else the manual's rule (marked as a fallback
 * for the stages the plan dates). 颁发证书 follows the 成绩公示 used.
 */
export function computeTimeline(examDate: string, windows: PlanWindows): TimelineEntry[] {
  const publicationRule = milestones.find((milestone) => milestone.key === 'publication')!;
  const publicationWindow = windows[planDatedMilestones.publication];
  const publicationEnd = publicationWindow?.end ?? resolveRelativeDay(examDate, publicationRule.end!);
  return milestones.map((milestone): TimelineEntry => {
    const derivation: string[] = [];
    const resolve = (day: (typeof milestone)['start']) => {
      if (!day) return undefined;
      derivation.push(explainRelativeDay(examDate, day, publicationEnd));
      return resolveRelativeDay(examDate, day, publicationEnd);
    };
    const rule = { start: resolve(milestone.start), end: resolve(milestone.end) };
    if (!isPlanDated(milestone.key)) return { milestone, ...rule, derivation, source: 'rule' };
    const window = windows[planDatedMilestones[milestone.key]];
    if (!window) return { milestone, ...rule, derivation, source: 'rule', fallbackNote: `${ruleFallbackNote}；以平台「${menus.examPlan}」为准` };
    // A deadline-only stage (考试报名) keeps one date: the end of the plan's window.
    const plan = milestone.start ? { start: window.start, end: window.end } : { start: undefined, end: window.end };
    const planLine = `考核计划上的时间：${formatRange(window.start, window.end)}（以平台「${menus.examPlan}」为准）。`;
    const conflict = describeConflict(milestone.key, plan, rule);
    return { milestone, ...plan, derivation: [planLine], source: 'plan', ...(conflict && { conflict }) };
  });
}

/** Return the registration deadline the school should use: the plan's 报考时间 end where known, else the rule's date as a fallback. */
export function getRegistrationDeadline(examDate: string, windows: PlanWindows): TimelineEntry {
  return computeTimeline(examDate, windows).find((entry) => entry.milestone.key === 'registration')!;
}
