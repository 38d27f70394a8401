/** The review wizard's first screens: the plan with its 成绩公示时间, and the deadline against the day the request is sent. */
import { menus } from '../../src/domain/platform/facts';
import { lazyScreen } from '../kit/lazy-screen';
import { StepPage } from '../kit/StepPage';
import { Field } from './ReviewField';
import type { ReviewScreenProps } from './screen-props';
import { readPlanDates } from './steps';
import './review.css';

// The deadline's day-by-day count loads when first shown, keeping it out of the page's first JavaScript.
const DeadlineDetails = lazyScreen(() => import('./DeadlineDetails').then((module) => module.DeadlineDetails));

const requestDateLabel = '发送复查申请的日期';

/** The plan, its 成绩公示时间 and the day the request will be sent. */
export function PlanScreen({ context, send }: ReviewScreenProps) {
  return (
    <StepPage title="考试计划和成绩公示时间" errors={context.errors} onNext={() => send({ type: 'step.next' })}>
      <p>在平台「{menus.examPlan}」打开本次考试计划，照抄「计划名称」和「成绩公示时间」。</p>
      <Field context={context} send={send} id="planName" label="考试计划" hint="例如：2026年第三次网店运营推广全国统考" size={40} />
      <Field context={context} send={send} id="publicationStart" label="成绩公示开始日期" hint="「成绩公示时间」的第一天，例如 2026-10-12" isDate />
      <Field context={context} send={send} id="publicationEnd" label="成绩公示结束日期" hint="「成绩公示时间」的最后一天" isDate />
      <Field context={context} send={send} id="requestDate" label={requestDateLabel} hint="打算把复查表发给鸿科经纬公司的日期，默认是今天" isDate />
    </StepPage>
  );
}

/** The deadline against the day the request is sent, which can be changed here. */
export function DeadlineScreen({ context, send }: ReviewScreenProps) {
  const dates = readPlanDates(context.form);
  return (
    <StepPage title="复查截止日期" errors={context.errors} onBack={() => send({ type: 'step.back' })} onNext={() => send({ type: 'step.next' })}>
      <Field context={context} send={send} id="requestDate" label={requestDateLabel} hint="与上一步填写的是同一个日期；在这里改，下面的判断随之更新" isDate />
      {dates ? <DeadlineDetails start={dates.start} end={dates.end} request={dates.request} /> : <p>填写有效的成绩公示时间（上一步）和发送日期后，这里显示复查截止日期。</p>}
    </StepPage>
  );
}
