/**
 * The timeline as calendar events: one per milestone of 重要时间节点, dated by the
 * school's exam plan where it dates the stage and otherwise from the exam
 * (`plan-dates.ts`), plus the plan's other windows where entered.
 */
import { planWindows } from '../plan/facts';
import { menus } from '../platform/facts';
import { weekCountingReading } from './facts';
import { computeTimeline, listOtherPlanWindows, type PlanWindows } from './plan-dates';

export type { PlanWindows } from './plan-dates';

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
  /** `plan`: dated by the exam plan; `rule`: worked out from the exam date by the manual's rule (this site's reading of it). */
  source: 'plan' | 'rule';
  /** Shown with the event: the plan and the manual's rule disagree (the plan decides), or the date is only the rule's fallback. */
  warning?: string;
}

/** Return the events of an exam on `examDate`, in date order. */
export function buildTimelineEvents(examDate: string, windows: PlanWindows): TimelineEvent[] {
  const milestoneEvents = computeTimeline(examDate, windows).map(({ milestone, start, end, derivation, source, conflict, fallbackNote }): TimelineEvent => {
    const warning = conflict ?? fallbackNote;
    return {
      key: milestone.key,
      title: `${start ? milestone.stage : `${milestone.stage}截止`}${source === 'rule' && fallbackNote ? '（按手册推算）' : ''}`,
      start: start ?? end!,
      end: end ?? start!,
      who: milestone.who,
      details: [
        ...(warning ? [`注意：${warning}。`] : []),
        `时间安排：${milestone.timing}`,
        ...(source === 'plan' ? derivation : [...derivation.map((line) => `推算：${line}`), `说明：${weekCountingReading}。`]),
        ...milestone.work.map((work, index) => `${index + 1}. ${work}`),
      ],
      guide: milestone.guide,
      source,
      ...(warning && { warning }),
    };
  });
  const planEvents = listOtherPlanWindows(windows).map((key): TimelineEvent => {
    const window = windows[key]!;
    const { name, who, guide } = planWindows[key];
    return {
      key: `plan-${key}`,
      title: `考核计划：${name}`,
      start: window.start,
      end: window.end,
      who,
      details: [`${name}：${window.start} 至 ${window.end}（以平台「${menus.examPlan}」为准）`],
      guide,
      source: 'plan',
    };
  });
  return [...milestoneEvents, ...planEvents].sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
}
