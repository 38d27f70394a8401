/** The review wizard's request screens, after the students: the reasons, the school and its contact, and the check of the answers. Loaded when first shown. */
import { subjectKinds } from '../../src/domain/certificate/facts';
import { objectiveSubjectQuestion, reviewReasons, reviewScope } from '../../src/domain/scores/facts';
import { judgeSubjectReview, listReviewReasons } from '../../src/domain/scores/review-scope';
import type { ObjectiveSubjectAnswer, ReviewReasonKey } from '../../src/domain/scores/schema';
import { findChiefExaminer } from '../../src/domain/staffing/chief-examiner';
import { CheckAnswers } from '../kit/CheckAnswers';
import { describedBy, errorFor, LabelledField, RadioGroup, TextArea } from '../kit/Fields';
import { getWizard } from '../catalog';
import { readScoreText } from '../shared/scores/score-rows';
import { prefillHint } from '../shared/workspace-hint';
import { formatReviewReasons, toReviewRequest } from './request';
import { Field } from './ReviewField';
import type { ReviewScreenProps } from './screen-props';
import { studentFieldId } from './steps';
import { StepPage } from '../kit/StepPage';
import './review.css';

/** For each student, which subject to review and why, with the verdict under each choice; first, which subject is computer-marked. */
export function ReasonsScreen({ context, send }: ReviewScreenProps) {
  // Not answered yet reads as 不知道: nothing is refused on a guess.
  const objective: ObjectiveSubjectAnswer = context.objectiveSubject ?? objectiveSubjectQuestion.defaultAnswer;
  return (
    <StepPage title="复查哪一科，为什么" errors={context.errors} onBack={() => send({ type: 'step.back' })} onNext={() => send({ type: 'step.next' })}>
      <h3 class="review-heading">复查范围（手册 第三章 八（二）3）</h3>
      <ul class="review-scope">
        {reviewScope.map((item) => (
          <li key={item.point}>
            {item.isCovered ? '可复查：' : '不受理：'}
            {item.point}
          </li>
        ))}
      </ul>
      <RadioGroup
        id="objectiveSubject"
        label={objectiveSubjectQuestion.question}
        hint={`${objectiveSubjectQuestion.hint}没有选择时按「${objectiveSubjectQuestion.defaultAnswer}」处理。`}
        options={objectiveSubjectQuestion.options}
        value={context.objectiveSubject}
        onChange={(value) => send({ type: 'objectiveSubject.set', value })}
      />
      {context.students.map((student, index) => (
        <fieldset class="wizard-fieldset review-student" key={index}>
          <legend class="wizard-legend">
            {student.name}（{student.level}，理论 {student.theory || '无成绩'}，实操 {student.practical || '无成绩'}）
          </legend>
          {subjectKinds.map((kind) => {
            const id = studentFieldId(index, `reason-${kind}`);
            const reason = student.reasons[kind];
            const score = readScoreText(kind === '理论' ? student.theory : student.practical);
            const verdict = reason ? judgeSubjectReview(kind, score, reason, objective) : null;
            const error = errorFor(context.errors, id);
            // A reason chosen before the answer changed stays listed, so the box shows it with its verdict.
            const offered = listReviewReasons(kind, objective);
            const options = reason && !offered.some((option) => option.key === reason) ? [...offered, reviewReasons.find((option) => option.key === reason)!] : offered;
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
                  {options.map((option) => (
                    <option key={option.key} value={option.key}>
                      {option.label}
                    </option>
                  ))}
                </select>
                {verdict && (
                  <div id={`${id}-verdict`}>
                    <p class={`review-verdict review-verdict--${verdict.isAccepted ? 'ok' : 'no'}`}>{verdict.explanation}</p>
                    {verdict.ruleNotice && <p class="review-verdict review-verdict--notice">{verdict.ruleNotice}</p>}
                  </div>
                )}
              </LabelledField>
            );
          })}
        </fieldset>
      ))}
    </StepPage>
  );
}

/** Say where a prefilled 考务负责人 came from, while the box still holds the workspace's 主考. */
function officerHint({ form, workspace }: ReviewScreenProps['context']): string | undefined {
  const chief = findChiefExaminer(workspace.staff);
  return chief && form.officer === chief.name ? prefillHint('主考', `「${getWizard('staff').title}」向导中的`) : undefined;
}

/** The school, its exam officer and the school's opinion, as the form's header and footer ask. */
export function ContactScreen({ context, send }: ReviewScreenProps) {
  return (
    <StepPage title="学校和联系人" errors={context.errors} onBack={() => send({ type: 'step.back' })} onNext={() => send({ type: 'step.next' })}>
      <Field context={context} send={send} id="schoolName" label="试点院校" />
      <Field context={context} send={send} id="officer" label="考务负责人" hint={officerHint(context)} />
      <Field context={context} send={send} id="contact" label="联系方式" hint="手机号码" size={14} />
      <TextArea id="opinion" label="试点院校意见" hint="负责人签字和日期在打印后手写。" rows={3} value={context.form.opinion} error={errorFor(context.errors, 'opinion')} onInput={(value) => send({ type: 'answer.set', field: 'opinion', value })} />
    </StepPage>
  );
}

/** Every answer once more, each with 修改. */
export function CheckScreen({ context, send }: ReviewScreenProps) {
  const request = toReviewRequest(context);
  return (
    <StepPage title="检查您的回答" onBack={() => send({ type: 'step.back' })} onNext={() => send({ type: 'step.next' })} nextLabel="确认，生成复查表">
      <CheckAnswers
        onChange={(step) => send({ type: 'step.goto', step })}
        rows={[
          { key: '考试计划', value: request.planName, step: 'plan' },
          { key: '成绩公示时间', value: `${context.form.publicationStart} 至 ${context.form.publicationEnd}`, step: 'plan' },
          { key: '发送日期', value: context.form.requestDate, step: 'plan' },
          { key: '复查考生', value: request.students.map((student) => `${student.name}（${student.level}）`).join('、'), step: 'students' },
          { key: '计算机阅卷的科目', value: context.objectiveSubject ?? `没有选择（按「${objectiveSubjectQuestion.defaultAnswer}」处理）`, step: 'reasons' },
          { key: '复查理由', value: <p class="review-text">{formatReviewReasons(request)}</p>, step: 'reasons' },
          { key: '试点院校', value: request.schoolName, step: 'contact' },
          { key: '考务负责人', value: `${request.officer}，${request.contact}`, step: 'contact' },
          { key: '试点院校意见', value: request.opinion, step: 'contact' },
        ]}
      />
    </StepPage>
  );
}
