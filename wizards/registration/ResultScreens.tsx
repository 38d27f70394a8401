/** Check-your-answers, then the 按证书导入 file with the record count, deadline and fee estimate. */
import { certificate, feePayment } from '../../src/domain/certificate/facts';
import { enrolmentRules, recordsPerCandidate } from '../../src/domain/enrolment/facts';
import { countByLevel, countExpectedRecords, estimateFees, exclusionReasonText } from '../../src/domain/enrolment/rules';
import { buttons, menus } from '../../src/domain/platform/facts';
import { toPlanWindows } from '../../src/domain/plan/windows';
import { getExamDate } from '../../src/domain/plan/rules';
import { formatChineseDate } from '../../src/domain/timeline/iso-date';
import { getRegistrationDeadline } from '../../src/domain/timeline/plan-dates';
import { CheckAnswers } from '../kit/CheckAnswers';
import { NextSteps, ResultFiles } from '../kit/ResultFiles';
import { StepPage } from '../kit/StepPage';
import { buildResultFile, listResultFiles } from './output';
import type { RegistrationScreenProps } from './screen-props';
import { getProvincialFees, getRegistrable, toPlanEntry } from './steps';

/** 检查您的答案. */
export function ReviewScreen({ snapshot, send }: RegistrationScreenProps) {
  const { context } = snapshot;
  const plan = toPlanEntry(context);
  const { included, excluded } = getRegistrable(context);
  const counts = countByLevel(included);
  const goto = (step: string) => send({ type: 'step.goto', step });
  return (
    <StepPage title="检查您的答案" onBack={() => send({ type: 'step.back' })} onNext={() => send({ type: 'step.next' })} nextLabel="生成报考文件">
      <CheckAnswers
        onChange={goto}
        rows={[
          { key: '计划名称', value: `${plan.name}（${plan.year}年）`, step: 'plan' },
          {
            key: '科目考试时间',
            value: plan.levels
              .map(
                (entry) =>
                  `${entry.level}：理论 ${entry.theory.date} ${entry.theory.start}–${entry.theory.end}，实操 ${entry.practical.date} ${entry.practical.start}–${entry.practical.end}`,
              )
              .join('；'),
            step: 'times',
          },
          {
            key: '报考人数',
            value: Object.entries(counts)
              .map(([level, count]) => `${level} ${count} 人`)
              .join('，'),
            step: 'levels',
          },
          { key: '不写入报考文件', value: excluded.length === 0 ? '无' : `${excluded.length} 人`, step: 'status' },
          { key: '考核站点', value: `${context.siteName}（编号 ${context.siteCode}）`, step: 'site' },
          { key: '考核费用标准', value: context.feeMode === 'provincial' ? '本省已公布的标准' : '手册标准（先行估算）', step: 'fees' },
        ]}
      />
    </StepPage>
  );
}

/** The result: the file, the records to expect, the deadline, the fee estimate, and who was left out. */
export function ResultScreen({ snapshot, send }: RegistrationScreenProps) {
  const { context } = snapshot;
  const { included, excluded } = getRegistrable(context);
  const fees = estimateFees(countByLevel(included), getProvincialFees(context));
  const plan = toPlanEntry(context);
  // One deadline: the plan's own 报考时间 end when given, else the manual's rule as a labelled fallback.
  const registration = getRegistrationDeadline(getExamDate(plan.levels), toPlanWindows(context.windows));
  return (
    <StepPage title="报考文件已准备好" onBack={() => send({ type: 'step.back' })}>
      <ResultFiles files={listResultFiles(context)} build={(id) => buildResultFile(id, context)} />
      <h3 class="run-section-title">导入后核对报考记录数</h3>
      <p>
        平台会为每名考生生成 {recordsPerCandidate} 条记录（理论、实操各一条）。导入后，「{menus.enrolmentRecords}」中应有{' '}
        <strong>{countExpectedRecords(included.length)}</strong> 条记录（{included.length} 名 × {recordsPerCandidate}
        ）。如果不是这个数，说明有考生没有导入成功，请逐一核对。
      </p>
      <h3 class="run-section-title">报名截止</h3>
      <p>
        报名截止日是 <strong>{formatChineseDate(registration.end!)}</strong>
        {registration.source === 'plan' ? '（考核计划的报考时间）。' : '。'}
      </p>
      {registration.fallbackNote && (
        <p class="wizard-hint">
          <span class="wizard-tag wizard-tag--warning">按手册推算</span> {registration.fallbackNote}。在「考核计划」一步填写报考时间后，这里改用考核计划的日期。
        </p>
      )}
      {registration.conflict && (
        <div class="wizard-warning" role="note">
          <p>请注意：{registration.conflict}。</p>
        </div>
      )}
      <details>
        <summary>这个日期是怎么来的</summary>
        {registration.derivation.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </details>
      <ul>
        <li>{enrolmentRules.afterDeadline}</li>
        <li>{enrolmentRules.absentDefault}</li>
        <li>
          {enrolmentRules.beforeScheduling}只能删除“{enrolmentRules.deletableStatus}”的报考记录。
        </li>
      </ul>
      <h3 class="run-section-title">考核费用估算</h3>
      <table class="wizard-table">
        <thead>
          <tr>
            <th scope="col">级别</th>
            <th scope="col">人数</th>
            <th scope="col">每人（元）</th>
            <th scope="col">小计（元）</th>
          </tr>
        </thead>
        <tbody>
          {fees.lines.map((line) => (
            <tr key={line.level}>
              <th scope="row">{line.level}</th>
              <td>{line.candidates}</td>
              <td>
                {line.feeYuan}
                {line.isDefaultFee && '（手册标准）'}
              </td>
              <td>{line.totalYuan}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">合计</th>
            <td colSpan={2} />
            <td>
              <strong>{fees.totalYuan}</strong>
            </td>
          </tr>
        </tbody>
      </table>
      <p class="wizard-hint">
        这只是估算。{feePayment.who}
        {feePayment.settlement}
      </p>
      {excluded.length > 0 && (
        <>
          <h3 class="run-section-title">没有写入报考文件的考生（{excluded.length} 人）</h3>
          <ul>
            {excluded.map(({ candidate, reason }) => (
              <li key={candidate.documentNumber}>
                {candidate.name}：{exclusionReasonText[reason]}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3 class="run-section-title">接下来在平台上</h3>
      <NextSteps
        steps={[
          {
            title: '导入报考文件',
            where: `「${menus.enrolmentImport}」→「${buttons.enrolmentByCertificate}」`,
            details: enrolmentRules.choosePlanFirst,
          },
          {
            title: '核对报考记录',
            where: `「${menus.enrolmentRecords}」`,
            details: `筛选${certificate.name}，应有 ${countExpectedRecords(included.length)} 条。`,
          },
        ]}
      />
    </StepPage>
  );
}
