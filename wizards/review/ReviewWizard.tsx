/** The review wizard's view: renders the machine's screen and sends its events. */
import { CheckAnswers } from '../kit/CheckAnswers';
import { lazyScreen } from '../kit/lazy-screen';
import { StepPage } from '../kit/StepPage';
import type { WizardViewProps } from '../kit/WizardHost';
import { getStepId } from '../kit/wizard-machine';
import { readPlanDates, type ReviewStep } from './form';
import type { reviewMachine } from './machine';
import { ContactQuestions, PlanQuestions, ReasonQuestions, StudentQuestions, type ReviewScreenProps } from './ReviewQuestions';
import { formatReviewReasons, toReviewRequest } from './request';
import './review.css';

// The deadline's day-by-day count and the result load when first shown, keeping them out of the page's first JavaScript.
const DeadlineDetails = lazyScreen(() => import('./DeadlineDetails').then((module) => module.DeadlineDetails));
const ReviewResult = lazyScreen(() => import('./ReviewResult').then((module) => module.ReviewResult));

function Deadline({ context }: ReviewScreenProps) {
  const dates = readPlanDates(context.form);
  return dates ? <DeadlineDetails start={dates.start} end={dates.end} request={dates.request} /> : <p>请先在上一步填写成绩公示时间。</p>;
}

function Check({ context, send }: ReviewScreenProps) {
  const request = toReviewRequest(context);
  return (
    <CheckAnswers
      onChange={(step) => send({ type: 'step.goto', step })}
      rows={[
        { key: '考试计划', value: request.planName, step: 'plan' },
        { key: '成绩公示时间', value: `${context.form.publicationStart} 至 ${context.form.publicationEnd}`, step: 'plan' },
        { key: '发送日期', value: context.form.requestDate, step: 'plan' },
        { key: '复查考生', value: request.students.map((student) => `${student.name}（${student.level}）`).join('、'), step: 'students' },
        { key: '复查理由', value: <p class="review-text">{formatReviewReasons(request)}</p>, step: 'reasons' },
        { key: '试点院校', value: request.schoolName, step: 'contact' },
        { key: '考务负责人', value: `${request.officer}，${request.contact}`, step: 'contact' },
        { key: '试点院校意见', value: request.opinion, step: 'contact' },
      ]}
    />
  );
}

const screens: Record<ReviewStep, { title: string; render: (props: ReviewScreenProps & { isReading?: boolean }) => preact.JSX.Element; nextLabel?: string }> = {
  plan: { title: '考试计划和成绩公示时间', render: PlanQuestions },
  deadline: { title: '复查截止日期', render: Deadline },
  students: { title: '申请复查的考生', render: (props) => <StudentQuestions {...props} isReading={props.isReading ?? false} /> },
  reasons: { title: '复查哪一科，为什么', render: ReasonQuestions },
  contact: { title: '学校和联系人', render: ContactQuestions },
  check: { title: '检查您的回答', render: Check, nextLabel: '确认，生成复查表' },
  result: { title: '成绩复查表已准备好', render: (props) => <ReviewResult {...props} /> },
};

/** Render the current screen of the review wizard. */
export function ReviewWizard({ snapshot, send }: WizardViewProps<typeof reviewMachine>) {
  const step = getStepId(snapshot.value) as ReviewStep;
  const screen = screens[step];
  return (
    <StepPage
      title={screen.title}
      errors={snapshot.context.errors}
      onBack={snapshot.can({ type: 'step.back' }) ? () => send({ type: 'step.back' }) : undefined}
      onNext={snapshot.can({ type: 'step.next' }) ? () => send({ type: 'step.next' }) : undefined}
      nextLabel={screen.nextLabel}
    >
      <screen.render context={snapshot.context} send={send} isReading={snapshot.matches({ students: 'reading' })} />
    </StepPage>
  );
}
