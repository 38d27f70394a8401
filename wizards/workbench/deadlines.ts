/**
 * 接下来的时间节点: the timeline's own events (`buildTimelineEvents`, dated by the
 * exam plan and otherwise by the manual's milestones, as the timeline wizard
 * dates them), with the calendar days left, as the timeline counts days.
 */
import { buildTimelineEvents, type TimelineEvent } from '../../src/domain/timeline/events';
import { countDaysBetween } from '../../src/domain/timeline/iso-date';
import { readPlanExamDate } from '../../src/domain/plan/rules';
import type { Workspace } from '../../src/domain/workspace/schema';

/** One deadline as the workbench shows it. */
export interface Deadline {
  event: TimelineEvent;
  /** `overdue`: its last day passed lately; `current`: its window is open today; `upcoming`: it has not begun. */
  status: 'overdue' | 'current' | 'upcoming';
  /** Calendar days from today to its last day (negative once it passed). */
  daysLeft: number;
}

/** How long a passed deadline stays on the list, first, so a deadline missed last week is not silently dropped. */
export const overdueShownDays = 14;

/** True when the exam plan dates an event differently from the manual's milestone (the plan decides; `warning` says how). */
export function isInConflict(event: TimelineEvent): boolean {
  return event.source === 'plan' && event.warning !== undefined;
}

/**
 * Return the deadlines to show on `today`: those passed within `overdueShownDays` first, then the ones in
 * conflict with the manual, then the rest by their last day; at most `limit` of those still ahead.
 * Empty while the workspace has no exam date.
 */
export function listNextDeadlines(workspace: Workspace, today: string, limit = 5): Deadline[] {
  const examDate = readPlanExamDate(workspace.examPlan);
  if (!examDate) return [];
  const deadlines = buildTimelineEvents(examDate, workspace.examPlan).map((event): Deadline => {
    const daysLeft = countDaysBetween(today, event.end);
    const status = daysLeft < 0 ? 'overdue' : event.start > today ? 'upcoming' : 'current';
    return { event, status, daysLeft };
  });
  const overdue = deadlines.filter((deadline) => deadline.status === 'overdue' && deadline.daysLeft >= -overdueShownDays);
  const ahead = deadlines
    .filter((deadline) => deadline.status !== 'overdue')
    .sort((a, b) => Number(!isInConflict(a.event)) - Number(!isInConflict(b.event)) || a.event.end.localeCompare(b.event.end))
    .slice(0, limit);
  return [...overdue, ...ahead];
}

/** Return the days left in words: 今天截止, 还有 3 天, 已过 2 天. */
export function describeDaysLeft(deadline: Deadline): string {
  if (deadline.daysLeft === 0) return '今天截止';
  return deadline.daysLeft > 0 ? `还有 ${deadline.daysLeft} 天` : `已过 ${-deadline.daysLeft} 天`;
}
