import { beforeAll, describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import type { TimelineContext } from '../../../../wizards/timeline/context-schema';
import { timelineMachine, type TimelineWizardEvent } from '../../../../wizards/timeline/machine';
import { buildEvents } from '../../../../wizards/timeline/steps';
import { flattenStateValue, listAtomicStates, walkMachine } from '../kit/machine-paths';
import { futureExamDate } from '../../../fixtures/exam-plan';
import { registered, withCandidates } from '../../../fixtures/workspace';

const today = '2030-01-01';
const screenEvents: Record<string, TimelineWizardEvent[]> = {
  examDate: [
    { type: 'examDate.set', value: '2021-06-26' },
    { type: 'examDate.set', value: futureExamDate },
  ],
  windows: [
    { type: 'window.set', window: 'registration', end: 'end', value: '' },
    { type: 'window.set', window: 'registration', end: 'end', value: '2036-06-10' },
  ],
  result: [{ type: 'step.goto', step: 'printout' }],
};

let paths: ReturnType<typeof walkMachine<typeof timelineMachine>>;
beforeAll(() => {
  paths = walkMachine(timelineMachine, {
    input: { workspace: registered, today },
    events: (snapshot): TimelineWizardEvent[] => [{ type: 'step.next' }, { type: 'step.back' }, ...(screenEvents[String(snapshot.value)] ?? [])],
    serializeContext: (context: TimelineContext) => [context.errors.length > 0, context.examDate, context.windows.registration.end],
  });
});

describe('timelineMachine', () => {
  test('reaches every screen', () => {
    const reached = new Set(paths.flatMap((path) => flattenStateValue(path.state.value)));
    expect(listAtomicStates(timelineMachine).filter((state) => !reached.has(state))).toEqual([]);
  });

  test('shows errors on every screen that checks its answers', () => {
    const seen = new Set(paths.map((path) => `${String(path.state.value)}:${path.state.context.errors.length > 0}`));
    for (const step of ['examDate', 'windows']) expect([seen.has(`${step}:true`), seen.has(`${step}:false`)], step).toEqual([true, true]);
  });

  test('takes the exam date from the plan’s subject times', () => {
    expect(
      createActor(timelineMachine, { input: { workspace: registered, today } })
        .start()
        .getSnapshot().context.examDate,
    ).toBe(futureExamDate);
  });

  test('fills the boxes a resumed draft left empty from what the registration wizard saved since, keeping what was typed', () => {
    const actor = createActor(timelineMachine, { input: { workspace: withCandidates, today } }).start();
    actor.send({ type: 'window.set', window: 'scoreEntry', end: 'start', value: '2036-07-01' });
    actor.send({ type: 'workspace.loaded', workspace: { ...registered, examPlan: { ...registered.examPlan, scoreEntry: { start: '2036-07-02', end: '2036-07-09' } } } });
    const { examDate, windows } = actor.getSnapshot().context;
    expect(examDate).toBe(futureExamDate);
    expect(windows.registration).toEqual(registered.examPlan.registration);
    expect(windows.scoreEntry).toEqual({ start: '2036-07-01', end: '' });
  });

  test('keeps a typed exam date when the workspace loads', () => {
    const actor = createActor(timelineMachine, { input: { workspace: withCandidates, today } }).start();
    actor.send({ type: 'examDate.set', value: '2036-06-20' });
    actor.send({ type: 'workspace.loaded', workspace: registered });
    expect(actor.getSnapshot().context.examDate).toBe('2036-06-20');
  });

  test('refuses an exam date in the past, keeps it typed and says why', () => {
    const actor = createActor(timelineMachine, { input: { workspace: withCandidates, today: '2026-05-01' } }).start();
    actor.send({ type: 'examDate.set', value: '2026-04-30' });
    actor.send({ type: 'step.next' });
    const { value, context } = actor.getSnapshot();
    expect(value).toBe('examDate');
    expect(context.examDate).toBe('2026-04-30');
    expect(context.errors).toEqual([
      { field: 'exam-date', message: '考试日期 2026年4月30日（周四） 已经过去（今天是 2026年5月1日（周五））。请填写即将举行的考试日期。' },
    ]);
  });

  test('saves the typed exam date and windows while the plan has no subject times', () => {
    const actor = createActor(timelineMachine, { input: { workspace: withCandidates, today: '2026-05-01' } }).start();
    actor.send({ type: 'examDate.set', value: '2026-06-27' });
    actor.send({ type: 'step.next' });
    actor.send({ type: 'window.set', window: 'scorePublication', end: 'start', value: '2026-07-13' });
    actor.send({ type: 'window.set', window: 'scorePublication', end: 'end', value: '2026-07-19' });
    actor.send({ type: 'step.next' });
    const { value, context } = actor.getSnapshot();
    expect(value).toBe('result');
    expect(context.workspace.examPlan.examDate).toBe('2026-06-27');
    expect(context.workspace.examPlan.scorePublication).toEqual({ start: '2026-07-13', end: '2026-07-19' });
    expect(buildEvents(context).find((event) => event.key === 'registration')!.end).toBe('2026-06-09');
  });
});
