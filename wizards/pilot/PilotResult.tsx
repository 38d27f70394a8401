/** The pilot wizard's result: every form field to copy in the platform's order, the window, and what comes next. */
import { formatChineseDate, toLocalIsoDate } from '../../src/domain/calendar/dates';
import { pilotNotes, pilotOutcome, secondBatchNote } from '../../src/domain/pilot/facts';
import { judgeWindow, listPilotFormValues, type PilotFormValue } from '../../src/domain/pilot/rules';
import type { PilotAnswers } from '../../src/domain/pilot/schema';
import { buttons, menus } from '../../src/domain/platform/facts';
import { NextSteps } from '../kit/ResultFiles';
import { CopyButton } from '../kit/CopyButton';

/** What to do with each kind of field on the platform. */
const howToEnter: Record<PilotFormValue['kind'], string> = {
  shown: '平台自动带出，核对即可',
  choice: '在下拉列表中选择',
  list: '逐个输入后点「添加到列表」',
  number: '输入数字',
  richText: '复制后粘贴到编辑框中',
  file: '点「选择」上传文件',
};

/** The manual's note where it says how to enter the field, otherwise ours with the note after it. */
function describeEntry({ kind, note }: PilotFormValue): string {
  if (!note) return howToEnter[kind];
  return kind === 'shown' || kind === 'list' ? note : `${howToEnter[kind]}（${note}）`;
}

function WindowNotice({ answers, today }: { answers: PilotAnswers; today: string }) {
  const window = { start: answers.windowStart, end: answers.windowEnd };
  const span = `申报时间为 ${formatChineseDate(window.start)} 至 ${formatChineseDate(window.end)}`;
  const status = judgeWindow(window, today);
  const text = {
    notOpenYet: `${span}，还没有开始：开始后再到平台提交。`,
    open: `${span}，今天在申报时间内。`,
    closed: `${span}，已经截止：本批次不能再提交，请留意本省是否增加第二次申报。`,
  }[status];
  return <p class={`pilot-window pilot-window--${status}`}>{text}</p>;
}

/** Lines the school fills in by hand on the printed summary before anything is submitted. */
function ApprovalBlock() {
  return (
    <section class="pilot-print-only pilot-approval" aria-label="校内审批">
      <h3>校内审批</h3>
      <p class="pilot-opinion">审批意见：</p>
      <p>负责人签字：<span class="pilot-blank" />日期：<span class="pilot-blank pilot-blank--short" />年<span class="pilot-blank pilot-blank--tiny" />月<span class="pilot-blank pilot-blank--tiny" />日</p>
    </section>
  );
}

/** Render the result page; printed, it is the summary for the school's own approval. */
export function PilotResult({ answers, schoolName }: { answers: PilotAnswers; schoolName: string }) {
  const fields = listPilotFormValues(answers);
  const today = toLocalIsoDate(new Date());
  return (
    <div class="pilot-summary">
      <div class="pilot-print-only">
        <h3 class="pilot-print-title">证书试点申报汇总表（供校内审批）</h3>
        <p>
          院校：{schoolName}　申报批次：{answers.batch}　打印日期：{formatChineseDate(today)}
        </p>
      </div>
      <WindowNotice answers={answers} today={today} />
      <p>
        在平台「{menus.pilotApplication}」点「{buttons.pilotNew[0]}」或「{buttons.pilotNew[1]}」，按下面的顺序逐项填写（{schoolName}）。
      </p>
      <dl class="pilot-fields">
        {fields.map((field, index) => (
          <div class="pilot-field" key={field.label}>
            <dt>
              {field.isRequired && <span aria-hidden="true">* </span>}
              {field.label}
              {field.isRequired && <span class="sr-only">（必填）</span>}
            </dt>
            <dd>
              <div class="pilot-field-value" id={`pilot-value-${index}`}>
                {field.value || <span class="wizard-hint pilot-empty">（不填）</span>}
              </div>
              <div class="wizard-hint">{describeEntry(field)}</div>
              {field.value && <CopyButton value={field.value} label={field.label} targetId={`pilot-value-${index}`} />}
            </dd>
          </div>
        ))}
      </dl>
      <div class="wizard-actions">
        <button type="button" class="wizard-button wizard-button--secondary" onClick={() => window.print()}>
          打印汇总表（供校内审批）
        </button>
      </div>
      <ApprovalBlock />
      <div class="pilot-screen-only">
        <h3 class="pilot-heading">接下来在平台上</h3>
        <NextSteps
          steps={[
            { title: '在平台填写并提交', where: `「${menus.pilotApplication}」→「${buttons.pilotSave}」或「${buttons.pilotSubmit}」`, details: '只保存时还可以修改、删除；提交后等待审核，不能再修改。' },
            { title: '等待本省教育主管部门审核', details: '期间可以登录平台查看审核状态和审核结果；每个状态的含义见本站指南「试点申报」中的证书试点申报状态（在网页上也列在本页下方）。' },
            { title: '成为试点院校', details: pilotOutcome },
            { title: '每年申报一次', details: `${pilotNotes[0]}${secondBatchNote}` },
          ]}
        />
      </div>
    </div>
  );
}
