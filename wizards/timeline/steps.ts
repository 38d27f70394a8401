/**
 * The timeline wizard's screens in order (name, fields, what each checks on 下一步,
 * what it saves), and the events built from the context. Pure functions of the context.
 */
import { checkWindowDraft, getWindowFieldId, planWindowKeys, toDateRange } from '../../src/domain/plan/windows';
import { buildTimelineEvents, type PlanWindows, type TimelineEvent } from '../../src/domain/timeline/events';
import { checkExamDate } from '../../src/domain/timeline/rules';
import type { WorkspacePatch } from '../../src/domain/workspace/schema';
import { defineSteps } from '../kit/step-list';
import type { TimelineContext } from './context-schema';

/** Return the plan's windows as checked ranges (call once the windows screen has no errors). */
export function toPlanWindows(context: TimelineContext): PlanWindows {
  return Object.fromEntries(planWindowKeys.map((key) => [key, toDateRange(context.windows[key])])) as PlanWindows;
}

/** Return the calendar events of the exam. */
export function buildEvents(context: TimelineContext): TimelineEvent[] {
  return buildTimelineEvents(context.examDate.trim(), toPlanWindows(context));
}

/**
 * Return what the timeline writes back: the plan's windows, and the exam date
 * while the plan has no subject times yet (those decide the date once entered).
 */
export function buildWorkspacePatch(context: TimelineContext): WorkspacePatch {
  const plan = context.workspace.examPlan;
  return { examPlan: { ...plan, ...toPlanWindows(context), examDate: plan.levels.length > 0 ? plan.examDate : context.examDate.trim() } };
}

/** The screens, in order. */
export const timelineSteps = defineSteps<TimelineContext>()({
  examDate: {
    title: '考试日期',
    fields: ['exam-date'],
    check: (context) => {
      const check = checkExamDate(context.examDate.trim(), context.today);
      return check.ok ? [] : [{ field: 'exam-date', message: check.message }];
    },
  },
  windows: {
    title: '考核计划上的时间',
    fields: planWindowKeys.flatMap((key) => [getWindowFieldId(key, 'start'), getWindowFieldId(key, 'end')]),
    check: (context) => planWindowKeys.flatMap((key) => checkWindowDraft(key, context.windows[key])),
    saves: buildWorkspacePatch,
  },
  result: { title: '时间表和日历文件' },
  printout: { title: '打印时间表', partOf: 'result' },
});
export type TimelineStep = (typeof timelineSteps.ids)[number];
