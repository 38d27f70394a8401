/** The review wizard's result: the 成绩复查表 to download, the mail to send, and what happens next. */
import { menus } from '../../src/domain/platform/facts';
import { reviewContact, reviewProcedure, reviewScope } from '../../src/domain/scores/facts';
import { formatChineseDate } from '../../src/domain/calendar/dates';
import { computeAnswerDate, computeReviewDeadline, formatReviewMailSubject } from '../../src/domain/scores/rules';
import { CopyButton } from '../kit/CopyButton';
import { NextSteps, ResultFiles } from '../kit/ResultFiles';
import { StepPage } from '../kit/StepPage';
import { buildResultFile, listResultFiles } from './output';
import { isRequestFiled, toReviewRequest } from './request';
import type { ReviewScreenProps } from './screen-props';
import { readPlanDates } from './steps';

/** Render the result page (loaded when first shown). */
export function ResultScreen({ context, send }: ReviewScreenProps) {
  const request = toReviewRequest(context);
  const subject = formatReviewMailSubject(request.schoolName);
  const isSent = isRequestFiled(request, context.filed);
  const dates = readPlanDates(context.form);
  const answer = dates && computeAnswerDate(dates.request);
  return (
    <StepPage title="成绩复查表已准备好" onBack={() => send({ type: 'step.back' })}>
      {dates && answer && (
        <p class="review-deadline">
          请在 <strong>{formatChineseDate(computeReviewDeadline({ start: dates.start, end: dates.end }).date)}</strong> 之前发出；按 {formatChineseDate(dates.request)} 发出算，最晚 {formatChineseDate(answer.date)} 收到复查结果
          {answer.uncoveredYears.length > 0 && `（${answer.uncoveredYears.join('、')} 年的节假日还没有收录，按普通周估算）`}。
        </p>
      )}
      <ResultFiles files={listResultFiles(context)} build={(id, environment) => buildResultFile(id, context, environment)} />
      <h3 class="review-heading">发送邮件</h3>
      <dl class="review-mail">
        {[
          { id: 'mail-to', label: '收件邮箱', value: reviewContact.email },
          { id: 'mail-subject', label: '邮件标题', value: subject },
          { id: 'mail-phone', label: '联系电话', value: reviewContact.phone },
        ].map((row) => (
          <div key={row.id}>
            <dt>{row.label}</dt>
            <dd>
              <span id={row.id}>{row.value}</span> <CopyButton value={row.value} label={row.label} targetId={row.id} />
            </dd>
          </div>
        ))}
      </dl>
      <p class="wizard-hint">{reviewContact.submitBy}。</p>
      <div class="wizard-actions">
        <button type="button" class="wizard-button" disabled={isSent} onClick={() => send({ type: 'request.markSent' })}>
          {isSent ? '已记为发送' : '我已发送，记下这些考生'}
        </button>
        {isSent && <span class="wizard-hint">这些考生本次成绩公示期内不能再申请复查，再次填写时本工具会提醒。</span>}
      </div>
      <h3 class="review-heading">发出申请之后</h3>
      <NextSteps
        steps={[
          { title: '等待复查结果', details: reviewProcedure.organisation },
          { title: '查看更正后的成绩', where: `「${menus.scores}」`, details: '考生本人也可以在「特色业务」用身份证号和准考证号查询。' },
          { title: '记住这些限制', details: reviewScope.filter((item) => !item.isCovered).map((item) => item.point).join('；') + '。' },
        ]}
      />
    </StepPage>
  );
}
