/**
 * The year as a task list (the GOV.UK task-list pattern): one row per wizard in
 * the catalog's order, with its title as the link, a one-line summary of what the
 * workspace holds from it, and its status; a blocked task says what is missing
 * and links to the wizard that provides it (before anything is begun, only which
 * task comes first: the list is then read top to bottom).
 */
import { withBase } from '../../src/paths';
import type { WizardEntry } from '../catalog';
import { formatDateTime } from '../kit/format-time';
import { describeStatusText, type TaskStatus } from './task-status';

/** One row of the list. */
export interface TaskRow {
  wizard: WizardEntry;
  status: TaskStatus;
  summary: string;
}

const formatTime = (iso: string) => formatDateTime(new Date(iso));

/** Return the row the user should open next: the first one neither done nor blocked. */
export function findNextTask(rows: readonly TaskRow[]): TaskRow | undefined {
  return rows.find((row) => row.status.kind === 'notStarted' || row.status.kind === 'inProgress');
}

/** The task list. */
export function TaskList({ rows }: { rows: readonly TaskRow[] }) {
  const next = findNextTask(rows);
  return (
    <ol class="workbench-tasks">
      {rows.map((row) => {
        const { wizard, status, summary } = row;
        const id = `task-${wizard.slug}`;
        return (
          <li key={wizard.slug} class={`workbench-task${row === next ? ' workbench-task--next' : ''}`} data-task={wizard.slug}>
            <div class="workbench-task__name">
              <a href={withBase(`/wizards/${wizard.slug}/`)} aria-describedby={`${id}-status`}>
                {wizard.title}
              </a>
              {row === next && <span class="workbench-task__next">{status.kind === 'inProgress' ? '接着做这一项' : '从这里开始'}</span>}
              {summary && <p class="workbench-task__summary">{summary}</p>}
              {status.kind === 'blocked' && (
                <p class="workbench-task__summary">
                  {status.blocker.message} <a href={status.blocker.provider.href}>打开「{status.blocker.provider.title}」向导</a>
                </p>
              )}
              {status.kind === 'notStarted' && status.waitsFor && <p class="workbench-task__summary">要先完成「{status.waitsFor.provider.title}」。</p>}
            </div>
            <strong id={`${id}-status`} class={`workbench-status workbench-status--${status.kind}`}>
              {describeStatusText(status, formatTime)}
            </strong>
          </li>
        );
      })}
    </ol>
  );
}
