/** The timeline wizard's screens: the exam date, the plan's windows, the dated milestones, the printout. */
import { menus } from '../../src/domain/platform/facts';
import { planWindows } from '../../src/domain/plan/facts';
import { planWindowKeys } from '../../src/domain/plan/windows';
import { yearlyPlanNote } from '../../src/domain/timeline/facts';
import { computeMilestoneDates, getMilestoneStatus, type MilestoneStatus } from '../../src/domain/timeline/rules';
import { TextField, errorFor } from '../kit/Fields';
import { NextSteps, ResultFiles } from '../kit/ResultFiles';
import { StepPage } from '../kit/StepPage';
import { PlanWindowFields } from '../shared/PlanWindowFields';
import { PrintStage } from '../print/PrintStage';
import { TimelineDocument, formatEventDates, timelineDocumentName } from '../print/TimelineDocument';
import { buildResultFile, listResultFiles } from './output';
import type { TimelineScreenProps } from './screen-props';
import { buildEvents, toPlanWindows } from './steps';

/** 考试日期: from the plan, or typed. */
export function ExamDateScreen({ snapshot, send }: TimelineScreenProps) {
  const { context } = snapshot;
  const fromPlan = context.workspace.examPlan.levels.length > 0;
  return (
    <StepPage title="考试日期是哪一天？" errors={context.errors} onNext={() => send({ type: 'step.next' })}>
      <TextField
        id="exam-date"
        label="考试日期"
        hint={fromPlan ? `已按「为学生报考」向导中的科目考试时间填好。格式如 2026-06-27。` : '按考核计划中的科目考试时间填写，格式如 2026-06-27。'}
        value={context.examDate}
        error={errorFor(context.errors, 'exam-date')}
        size={12}
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
      <PlanWindowFields windows={context.windows} errors={context.errors} onSet={(window, end, value) => send({ type: 'window.set', window, end, value })} />
    </StepPage>
  );
}

const statusText: Record<MilestoneStatus, string> = { past: '已过', current: '进行中', upcoming: '未到' };

/** The result: every milestone dated, with how, the calendar file and the printout. */
export function ResultScreen({ snapshot, send }: TimelineScreenProps) {
  const { context } = snapshot;
  const examDate = context.examDate.trim();
  return (
    <StepPage title="考务时间表" onBack={() => send({ type: 'step.back' })}>
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
          {computeMilestoneDates(examDate).map((dated) => (
            <tr key={dated.milestone.key}>
              <th scope="row">
                <a href={dated.milestone.guide}>{dated.milestone.stage}</a>
              </th>
              <td>
                {formatEventDates({ start: dated.start ?? dated.end!, end: dated.end ?? dated.start! })}
                {!dated.end && ' 起'}
                <details>
                  <summary>怎么算的（{dated.milestone.timing}）</summary>
                  {dated.derivation.map((line) => (
                    <p key={line}>{line}</p>
                  ))}
                </details>
              </td>
              <td>{statusText[getMilestoneStatus(dated, context.today)]}</td>
              <td>{dated.milestone.who}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {planWindowKeys.some((key) => toPlanWindows(context)[key]) && (
        <>
          <h3 class="run-section-title">考核计划上的时间</h3>
          <ul>
            {planWindowKeys.flatMap((key) => {
              const window = toPlanWindows(context)[key];
              return window
                ? [
                    <li key={key}>
                      {planWindows[key].name}：{formatEventDates(window)}
                    </li>,
                  ]
                : [];
            })}
          </ul>
        </>
      )}
      <p class="wizard-hint">周按周一到周日计，“考前第二周”是考试所在周往前数的第二周。平台上考核计划的时间与此不同时，以平台为准。</p>
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
