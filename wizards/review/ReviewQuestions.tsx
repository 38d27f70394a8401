/** The question screens of the review wizard: plan, students, reasons, contact. */
import { subjectKinds } from '../../src/domain/certificate/facts';
import { menus } from '../../src/domain/platform/facts';
import { reviewProcedure, reviewScope } from '../../src/domain/scores/facts';
import { judgeSubjectReview, listReviewReasons } from '../../src/domain/scores/review-scope';
import type { ReviewReasonKey } from '../../src/domain/scores/schema';
import { describedBy, errorFor, LabelledField, TextArea, TextField } from '../kit/Fields';
import { studentFieldId, type ReviewField } from './form';
import { readScoreText } from './score-rows';
import type { ReviewContext, ReviewEvent } from './machine';
import { KnownStudentPicker } from './KnownStudentPicker';
import { ScoreImportPanel } from './ScoreImportPanel';
import { ScoreTable } from './ScoreTable';

/** What every screen of the review wizard receives. */
export interface ReviewScreenProps {
  context: ReviewContext;
  send: (event: ReviewEvent) => void;
}

function Field({ context, send, id, label, hint, size }: ReviewScreenProps & { id: ReviewField; label: string; hint?: string; size?: number }) {
  return <TextField id={id} label={label} hint={hint} size={size} value={context.form[id]} error={errorFor(context.errors, id)} onInput={(value) => send({ type: 'answer.set', field: id, value })} />;
}

/** The plan, its 成绩公示时间 and the day the request will be sent. */
export function PlanQuestions(props: ReviewScreenProps) {
  return (
    <>
      <p>在平台「{menus.examPlan}」打开本次考试计划，照抄「计划名称」和「成绩公示时间」。</p>
      <Field {...props} id="planName" label="考试计划" hint="例如：2026年第三次网店运营推广全国统考" />
      <Field {...props} id="publicationStart" label="成绩公示开始日期" hint="「成绩公示时间」的第一天，例如 2026-10-12" size={12} />
      <Field {...props} id="publicationEnd" label="成绩公示结束日期" hint="「成绩公示时间」的最后一天" size={12} />
      <Field {...props} id="requestDate" label="发送复查申请的日期" hint="打算把复查表发给鸿科经纬公司的日期，默认是今天" size={12} />
    </>
  );
}

/** Who asks for a review, with their scores. */
export function StudentQuestions({ context, send, isReading }: ReviewScreenProps & { isReading: boolean }) {
  return (
    <>
      <p>{reviewProcedure.school}</p>
      <p class="wizard-hint">只填申请复查的考生：每位考生一行，要复查的科目在下一步选择。可以粘贴或上传导出的成绩（只保留这些考生的行），也可以逐个填写。</p>
      <ScoreImportPanel
        pasted={context.pasted}
        lastImport={context.lastImport}
        isReading={isReading}
        onPaste={(text) => send({ type: 'paste.set', text })}
        onRead={(source) => send({ type: 'scores.read', source })}
        onCancel={() => send({ type: 'scores.cancel' })}
      />
      <ScoreTable
        rows={context.students}
        errors={context.errors}
        onSet={(index, column, value) => send({ type: 'student.set', index, column, value })}
        onRemove={(index) => send({ type: 'student.remove', index })}
        onAdd={() => send({ type: 'student.add' })}
      />
      <KnownStudentPicker known={context.known} onPick={(student) => send({ type: 'student.add', student })} />
    </>
  );
}

/** For each student, which subject to review and why, with the verdict under each choice. */
export function ReasonQuestions({ context, send }: ReviewScreenProps) {
  return (
    <>
      <h3 class="review-heading">复查范围（手册 第三章 八（二）3）</h3>
      <ul class="review-scope">
        {reviewScope.map((item) => (
          <li key={item.point}>
            {item.isCovered ? '可复查：' : '不受理：'}
            {item.point}
          </li>
        ))}
      </ul>
      {context.students.map((student, index) => (
        <fieldset class="wizard-fieldset review-student" key={index}>
          <legend class="wizard-legend">
            {student.name}（{student.level}，理论 {student.theory || '无成绩'}，实操 {student.practical || '无成绩'}）
          </legend>
          {subjectKinds.map((kind) => {
            const id = studentFieldId(index, `reason-${kind}`);
            const reason = student.reasons[kind];
            const score = readScoreText(kind === '理论' ? student.theory : student.practical);
            const verdict = reason ? judgeSubjectReview(kind, score, reason) : null;
            const error = errorFor(context.errors, id);
            return (
              <LabelledField key={kind} id={id} label={`${kind}：复查理由`} error={error}>
                <select
                  class="wizard-select"
                  id={id}
                  value={reason}
                  aria-describedby={[describedBy(id, undefined, error), verdict && `${id}-verdict`].filter(Boolean).join(' ') || undefined}
                  onChange={(event) => send({ type: 'student.reason', index, kind, reason: event.currentTarget.value as ReviewReasonKey | '' })}
                >
                  <option value="">不复查{kind}</option>
                  {listReviewReasons(kind).map((option) => (
                    <option key={option.key} value={option.key}>
                      {option.label}
                    </option>
                  ))}
                </select>
                {verdict && (
                  <p id={`${id}-verdict`} class={`review-verdict review-verdict--${verdict.isAccepted ? 'ok' : 'no'}`}>
                    {verdict.explanation}
                  </p>
                )}
              </LabelledField>
            );
          })}
        </fieldset>
      ))}
    </>
  );
}

/** The school, its exam officer and the school's opinion, as the form's header and footer ask. */
export function ContactQuestions(props: ReviewScreenProps) {
  const { context, send } = props;
  return (
    <>
      <Field {...props} id="schoolName" label="试点院校" />
      <Field {...props} id="officer" label="考务负责人" />
      <Field {...props} id="contact" label="联系方式" hint="手机号码" size={14} />
      <TextArea id="opinion" label="试点院校意见" hint="负责人签字和日期在打印后手写。" rows={3} value={context.form.opinion} error={errorFor(context.errors, 'opinion')} onInput={(value) => send({ type: 'answer.set', field: 'opinion', value })} />
    </>
  );
}
