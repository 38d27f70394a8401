/**
 * The timeline as calendar events: one per milestone of 重要时间节点 (dated from
 * the exam), plus the windows of the school's own exam plan where entered.
 */
import { planWindows } from '../plan/facts';
import { menus } from '../platform/facts';
import { computeMilestoneDates } from './rules';

/** A whole-day calendar event, first and last day inclusive. */
export interface TimelineEvent {
  /** Stable part of the UID, unique within one exam. */
  key: string;
  title: string;
  start: string;
  end: string;
  /** Who does the work. */
  who: string;
  /** Lines of the description: the window as the manual writes it, how it was dated, the work. */
  details: string[];
  /** Site path of the guide that explains the stage. */
  guide: string;
}

/** The windows of the school's exam plan (「考试管理-考试计划」), each null when not entered. */
export type PlanWindows = Record<keyof typeof planWindows, { start: string; end: string } | null>;

/** Return the events of an exam on `examDate`, in date order. */
export function buildTimelineEvents(examDate: string, windows: PlanWindows): TimelineEvent[] {
  const milestoneEvents = computeMilestoneDates(examDate).map(({ milestone, start, end, derivation }) => ({
    key: milestone.key,
    title: start ? milestone.stage : `${milestone.stage}截止`,
    start: start ?? end!,
    end: end ?? start!,
    who: milestone.who,
    details: [
      `时间安排：${milestone.timing}`,
      ...derivation.map((line) => `推算：${line}`),
      ...milestone.work.map((work, index) => `${index + 1}. ${work}`),
    ],
    guide: milestone.guide,
  }));
  const planEvents = (Object.keys(planWindows) as Array<keyof typeof planWindows>).flatMap((key) => {
    const window = windows[key];
    if (!window) return [];
    const { name, who, guide } = planWindows[key];
    return [
      {
        key: `plan-${key}`,
        title: `考核计划：${name}`,
        start: window.start,
        end: window.end,
        who,
        details: [`${name}：${window.start} 至 ${window.end}（以平台「${menus.examPlan}」为准）`],
        guide,
      },
    ];
  });
  return [...milestoneEvents, ...planEvents].sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
}
