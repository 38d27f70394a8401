/** The timeline wizard's screens in order, what each checks on 下一步, and the events built from the context. */
import type { Problem } from '../../src/domain/plan/problem';
import { checkWindowDraft, planWindowKeys, toDateRange } from '../../src/domain/plan/windows';
import { buildTimelineEvents, type PlanWindows, type TimelineEvent } from '../../src/domain/timeline/events';
import { checkExamDate } from '../../src/domain/timeline/rules';
import type { Workspace } from '../../src/domain/workspace/schema';
import type { TimelineContext } from './context';

/** The screens, in order; `printout` shows the one-page timeline from the result. */
export const timelineSteps = ['examDate', 'windows', 'result', 'printout'] as const;
export type TimelineStep = (typeof timelineSteps)[number];

/** Return the plan's windows as checked ranges (call once the windows screen has no errors). */
export function toPlanWindows(context: TimelineContext): PlanWindows {
  return Object.fromEntries(planWindowKeys.map((key) => [key, toDateRange(context.windows[key])])) as PlanWindows;
}

/** Return the calendar events of the exam. */
export function buildEvents(context: TimelineContext): TimelineEvent[] {
  return buildTimelineEvents(context.examDate.trim(), toPlanWindows(context));
}

/** Return what stops 下一步 on a screen; an empty list lets the user move on. */
export function findStepErrors(step: TimelineStep, context: TimelineContext): Problem[] {
  switch (step) {
    case 'examDate': {
      const check = checkExamDate(context.examDate.trim(), context.today);
      return check.ok ? [] : [{ field: 'exam-date', message: check.message }];
    }
    case 'windows':
      return planWindowKeys.flatMap((key) => checkWindowDraft(key, context.windows[key]));
    case 'result':
    case 'printout':
      return [];
  }
}

/** True when every screen before `step` passes its checks. */
export function canEnter(step: TimelineStep, context: TimelineContext): boolean {
  return timelineSteps.slice(0, timelineSteps.indexOf(step)).every((earlier) => findStepErrors(earlier, context).length === 0);
}

/**
 * Return what the timeline writes back: the plan's windows, and the exam date
 * while the plan has no subject times yet (those decide the date once entered).
 */
export function buildWorkspacePatch(context: TimelineContext): Partial<Omit<Workspace, 'version'>> {
  const plan = context.workspace.examPlan;
  return { examPlan: { ...plan, ...toPlanWindows(context), examDate: plan.levels.length > 0 ? plan.examDate : context.examDate.trim() } };
}
