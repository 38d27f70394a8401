/**
 * What the timeline wizard keeps while the user works: the workspace as last
 * loaded, today's date, the exam date and the plan's windows as typed, and the last errors.
 */
import { z } from 'zod';
import { getExamDate } from '../../src/domain/plan/rules';
import { planWindowKeys, toWindowDraft } from '../../src/domain/plan/windows';
import { getLocalToday } from '../../src/domain/timeline/iso-date';
import { WorkspaceSchema, type Workspace } from '../../src/domain/workspace/schema';

const WindowDraftSchema = z.object({ start: z.string(), end: z.string() });

/** The draft's shape; the wizard's context type is derived from it. */
export const TimelineContextSchema = z.object({
  workspace: WorkspaceSchema,
  /** Today's date when the wizard was last loaded: exam dates before it are refused. */
  today: z.string(),
  examDate: z.string(),
  windows: z.object({
    registration: WindowDraftSchema,
    scheduling: WindowDraftSchema,
    scoreEntry: WindowDraftSchema,
    scorePublication: WindowDraftSchema,
  }),
  errors: z.array(z.object({ field: z.string(), message: z.string() })),
});
export type TimelineContext = z.infer<typeof TimelineContextSchema>;

/** Return the exam date the workspace knows: from the plan's subject times, else the one typed here before. */
export function readExamDate(workspace: Workspace): string {
  return workspace.examPlan.levels.length > 0 ? getExamDate(workspace.examPlan.levels) : (workspace.examPlan.examDate ?? '');
}

/** Return the wizard's first context, filled from what the workspace already knows. */
export function createTimelineContext(workspace: Workspace, today = getLocalToday()): TimelineContext {
  return {
    workspace,
    today,
    examDate: readExamDate(workspace),
    windows: Object.fromEntries(planWindowKeys.map((key) => [key, toWindowDraft(workspace.examPlan[key])])) as TimelineContext['windows'],
    errors: [],
  };
}
