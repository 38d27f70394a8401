/** 接下来的时间节点: the next deadlines with the days left, passed ones and conflicts first. */
import { formatEventDates } from '../../src/domain/timeline/iso-date';
import { withBase } from '../../src/paths';
import type { Workspace } from '../../src/domain/workspace/schema';
import { describeDaysLeft, isInConflict, listNextDeadlines, type Deadline } from './deadlines';

/** The list, or what is missing for one. */
export function DeadlineList({ deadlines }: { deadlines: readonly Deadline[] }) {
  if (deadlines.length === 0) {
    return (
      <p>
        还没有考试日期，所以还排不出时间节点。请在<a href={withBase('/wizards/registration/')}>「为学生报考」向导</a>中填写科目考试时间，或在
        <a href={withBase('/wizards/timeline/')}>「考务时间表」向导</a>中填写考试日期。
      </p>
    );
  }
  return (
    <>
      <ul class="workbench-deadlines">
        {deadlines.map((deadline) => (
          <li key={deadline.event.key} class={`workbench-deadline workbench-deadline--${deadline.status}`}>
            <strong class="workbench-deadline__days">{describeDaysLeft(deadline)}</strong>{' '}
            <a href={withBase(deadline.event.guide)}>{deadline.event.title}</a>：{formatEventDates(deadline.event)}
            {deadline.status === 'current' && deadline.event.start !== deadline.event.end && '（进行中）'}
            {isInConflict(deadline.event) && (
              <p class="wizard-hint">
                <span class="wizard-tag wizard-tag--warning">与手册推算不同</span> {deadline.event.warning}。
              </p>
            )}
          </li>
        ))}
      </ul>
      <p class="wizard-hint">
        天数按日历天数计。全部时间节点和日历文件见<a href={withBase('/wizards/timeline/')}>「考务时间表」向导</a>；平台上考核计划的时间与此不同时，以平台为准。
      </p>
    </>
  );
}

/** The next deadlines of the workspace on `today`. */
export function Deadlines({ workspace, today }: { workspace: Workspace; today: string }) {
  return <DeadlineList deadlines={listNextDeadlines(workspace, today)} />;
}
