/**
 * The timeline wizard's first context, filled from what the workspace already
 * knows: today's date, the exam date and the plan's windows as typed text.
 */
import { readPlanExamDate } from '../../src/domain/plan/rules';
import { toWindowDrafts } from '../../src/domain/plan/windows';
import { getLocalToday } from '../../src/domain/timeline/iso-date';
import type { Workspace } from '../../src/domain/workspace/schema';
import type { TimelineContext } from './context-schema';

/** Return the exam date the workspace knows: from the plan's subject times, else the one typed here before. */
export function readExamDate(workspace: Workspace): string {
  return readPlanExamDate(workspace.examPlan);
}

/** Return the wizard's first context. */
export function createTimelineContext(workspace: Workspace, today = getLocalToday()): TimelineContext {
  return {
    workspace,
    today,
    examDate: readExamDate(workspace),
    windows: toWindowDrafts(workspace.examPlan),
    errors: [],
  };
}
