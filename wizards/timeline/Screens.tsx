/** The timeline wizard's screens: the exam date, the plan's windows, the dated milestones, the printout. */
import { menus } from '../../src/domain/platform/facts';
import { withBase } from '../../src/paths';
import { planWindows } from '../../src/domain/plan/facts';
import { weekCountingReading, yearlyPlanNote } from '../../src/domain/timeline/facts';
import { computeTimeline, listOtherPlanWindows } from '../../src/domain/timeline/plan-dates';
import { getExamDate } from '../../src/domain/plan/rules';
import { getMilestoneStatus, type MilestoneStatus } from '../../src/domain/timeline/rules';
import { formatEventDates } from '../../src/domain/timeline/iso-date';
import { getWizard } from '../catalog';
import { DateField } from '../kit/DateField';
import { errorFor } from '../kit/Fields';
import { NextSteps, ResultFiles } from '../kit/ResultFiles';
import { StepPage } from '../kit/StepPage';
import { PlanWindowFields } from '../shared/PlanWindowFields';
import { PrintStage } from '../print/PrintStage';
import { TimelineDocument, timelineDocumentName } from '../print/TimelineDocument';
import { buildResultFile, listResultFiles } from './output';
import type { TimelineScreenProps } from './screen-props';
import { toPlanWindows } from '../../src/domain/plan/windows';
import { buildEvents } from './steps';

/** 考试日期: from the plan, or typed. */
export function ExamDateScreen({ snapshot, send }: TimelineScreenProps) {
  const { context } = snapshot;
  // Say where the date came from only while the box still holds the plan's date.
  const fromPlan = context.workspace.examPlan.levels.length > 0 && context.examDate.trim() === getExamDate(context.workspace.examPlan.levels);
  return (
    <StepPage title="考试日期是哪一天？" errors={context.errors} onNext={() => send({ type: 'step.next' })}>
      <DateField
        id="exam-date"
        label="考试日期"
        hint={fromPlan ? `已按「${getWizard('registration').title}」向导中的科目考试时间填好，可以修改。格式如 2026-06-27。` : '按考核计划中的科目考试时间填写，格式如 2026-06-27。'}
        value={context.examDate}
        error={errorFor(context.errors, 'exam-date')}
        onInput={(value) => send({ type: 'examDate.set', value })}
      />
      <p class="wizard-hint">{yearlyPlanNote}</p>
    </StepPage>
  );
}

/** 考核计划的时间: the plan's own windows, optional. */
export function WindowsScreen({ snapshot, send }: TimelineScreenProps) {
  const { context } = snapshot;
  return (
    <StepPage
      title="考核计划上的时间（可不填）"
      errors={context.errors}
      onBack={() => send({ type: 'step.back' })}
      onNext={() => send({ type: 'step.next' })}
    >
      <p class="wizard-hint">在「{menus.examPlan}」中查看。填了的时间会一并写进日历；没填的只按手册的重要时间节点推算。</p>
      <PlanWindowFields windows={context.windows} saved={context.workspace.examPlan} errors={context.errors} onSet={(window, end, value) => send({ type: 'window.set', window, end, value })} />
    </StepPage>
  );
}

const statusText: Record<MilestoneStatus, string> = { past: '已过', current: '进行中', upcoming: '未到' };

/**
 * The result: every milestone dated, with how, the calendar file and the printout. Where the
 * plan dates a stage, its date is the plan's (one date); a date worked out by the manual's rule
 * alone is labelled as a fallback, and a plan that disagrees with the rule is a warning.
 */
export function ResultScreen({ snapshot, send }: TimelineScreenProps) {
  const { context } = snapshot;
  const examDate = context.examDate.trim();
  const windows = toPlanWindows(context.windows);
  const timeline = computeTimeline(examDate, windows);
  const otherWindows = listOtherPlanWindows(windows);
  return (
    <StepPage title="考务时间表" onBack={() => send({ type: 'step.back' })}>
      {timeline.some((entry) => entry.conflict) && (
        <div class="wizard-warning" role="note">
          <h3>请注意：考核计划的时间与手册推算的不同</h3>
          <ul>
            {timeline.flatMap((entry) => (entry.conflict ? [<li key={entry.milestone.key}>{entry.milestone.stage}：{entry.conflict}。</li>] : []))}
          </ul>
        </div>
      )}
      <table class="wizard-table">
        <thead>
          <tr>
            <th scope="col">阶段</th>
            <th scope="col">日期</th>
            <th scope="col">现在</th>
            <th scope="col">负责</th>
          </tr>
        </thead>
        <tbody>
          {timeline.map((entry) => (
            <tr key={entry.milestone.key}>
              <th scope="row">
                <a href={withBase(entry.milestone.guide)}>{entry.milestone.stage}</a>
              </th>
              <td>
                {formatEventDates({ start: entry.start ?? entry.end!, end: entry.end ?? entry.start! })}
                {!entry.end && ' 起'}
                {!entry.start && ' 截止'}
                {entry.source === 'plan' && <span class="wizard-tag">考核计划</span>}
                {entry.fallbackNote && (
                  <p class="wizard-hint">
                    <span class="wizard-tag wizard-tag--warning">按手册推算</span> {entry.fallbackNote}。
                  </p>
                )}
                {entry.conflict && (
                  <p class="wizard-hint">
                    <span class="wizard-tag wizard-tag--warning">与手册推算不同</span> 以考核计划为准，见上面的说明。
                  </p>
                )}
                <details>
                  <summary>怎么算的（{entry.milestone.timing}）</summary>
                  {entry.derivation.map((line) => (
                    <p key={line}>{line}</p>
                  ))}
                </details>
              </td>
              <td class="run-nowrap">{statusText[getMilestoneStatus(entry, context.today)]}</td>
              <td>{entry.milestone.who}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {otherWindows.length > 0 && (
        <>
          <h3 class="run-section-title">考核计划上的其他时间</h3>
          <ul>
            {otherWindows.map((key) => (
              <li key={key}>
                {planWindows[key].name}：{formatEventDates(windows[key]!)}
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="wizard-hint">{weekCountingReading}。平台上考核计划的时间与此不同时，以平台为准。</p>
      <ResultFiles files={listResultFiles(context)} build={(id, environment) => buildResultFile(id, context, environment)} />
      <p>
        <button type="button" class="wizard-button wizard-button--secondary" onClick={() => send({ type: 'step.goto', step: 'printout' })}>
          查看并打印一页{timelineDocumentName}
        </button>
      </p>
      <NextSteps steps={[{ title: '在日历中打开', details: '在 Outlook、手机日历等应用中选择“导入”，选中下载的 .ics 文件。' }]} />
    </StepPage>
  );
}

/** The one-page timeline as a printable A4 page. */
export function PrintoutScreen({ snapshot, send }: TimelineScreenProps) {
  const { context } = snapshot;
  return (
    <PrintStage title={timelineDocumentName} onBack={() => send({ type: 'step.back' })}>
      <TimelineDocument
        siteName={context.workspace.school.siteName}
        title={context.workspace.examPlan.name || `考试日期 ${context.examDate.trim()}`}
        events={buildEvents(context)}
      />
    </PrintStage>
  );
}
