/**
 * Where one task of the year stands (the task-list pattern): 未开始, 进行中，第 N 步,
 * 已完成 or 还不能开始, from the wizard's saved draft, its step numbering and what
 * its own first screen says is missing (its step's `blockedBy`). Before the school has
 * begun anything (no draft, nothing in the workspace), every task is 未开始: a task
 * that needs an earlier one's work then only notes what it waits for.
 */
import type { StepBlocker } from '../kit/step-list';
import type { DraftPosition } from './read-work';
import type { TaskSteps } from './task-steps';

/** A task's status. */
export type TaskStatus =
  | { kind: 'notStarted'; waitsFor?: StepBlocker }
  | { kind: 'inProgress'; step: number; count: number; title: string; savedAt: string }
  | { kind: 'done'; savedAt: string }
  | { kind: 'blocked'; blocker: StepBlocker };

/**
 * Return a task's status. A draft at the indicator's last step (the wizard's result: its files or
 * printouts) is done; any other draft is in progress at its step. What the wizard's first screen is
 * blocked by counts while the draft has not gone past that screen: the wizard shows it, not the step.
 * `hasYearBegun` false (see `hasYearBegun` in read-work.ts): 未开始, with the blocker as what it waits for.
 */
export function describeTaskStatus(steps: TaskSteps, draft: DraftPosition | undefined, blocker: StepBlocker | undefined, hasYearBegun = true): TaskStatus {
  if (!hasYearBegun) return blocker ? { kind: 'notStarted', waitsFor: blocker } : { kind: 'notStarted' };
  const position = draft ? steps.positions[draft.step] : undefined;
  if (blocker && (position === undefined || position <= 1)) return { kind: 'blocked', blocker };
  if (!draft || position === undefined) return { kind: 'notStarted' };
  if (position === steps.count) return { kind: 'done', savedAt: draft.savedAt };
  return { kind: 'inProgress', step: position, count: steps.count, title: steps.titles[draft.step]!, savedAt: draft.savedAt };
}

/** Return the status in words, as the task list shows it (the time in the words of `formatTime`). */
export function describeStatusText(status: TaskStatus, formatTime: (iso: string) => string): string {
  switch (status.kind) {
    case 'notStarted':
      return '未开始';
    case 'inProgress':
      return `进行中，第 ${status.step} 步，共 ${status.count} 步`;
    case 'done':
      return `已完成（${formatTime(status.savedAt)} 保存）`;
    case 'blocked':
      return '还不能开始';
  }
}
