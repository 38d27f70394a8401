/**
 * The timeline wizard's screens in order (name, fields, what each checks on 下一步,
 * what it saves), and the events built from the context. Pure functions of the context.
 */
import { checkWindowDrafts, toPlanWindows, windowFieldIds } from '../../src/domain/plan/windows';
import { buildTimelineEvents, type TimelineEvent } from '../../src/domain/timeline/events';
import { checkExamDate } from '../../src/domain/timeline/rules';
import type { WorkspacePatch } from '../../src/domain/workspace/schema';
import { defineSteps } from '../kit/step-list';
import type { TimelineContext } from './context-schema';

/** Return the calendar events of the exam. */
export function buildEvents(context: TimelineContext): TimelineEvent[] {
  return buildTimelineEvents(context.examDate.trim(), toPlanWindows(context.windows));
}

/**
 * Return what the timeline writes back: the plan's windows, and the exam date
 * while the plan has no subject times yet (those decide the date once entered).
 */
export function buildWorkspacePatch(context: TimelineContext): WorkspacePatch {
  const plan = context.workspace.examPlan;
  return { examPlan: { ...plan, ...toPlanWindows(context.windows), examDate: plan.levels.length > 0 ? plan.examDate : context.examDate.trim() } };
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
    fields: windowFieldIds,
    check: (context) => checkWindowDrafts(context.windows),
    saves: buildWorkspacePatch,
  },
  result: { title: '时间表和日历文件' },
  printout: { title: '打印时间表', partOf: 'result' },
});
export type TimelineStep = (typeof timelineSteps.ids)[number];
