import { beforeAll, describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { createEmptyWorkspace } from '../../../../src/domain/workspace/rules';
import { registrationMachine, type RegistrationEvent } from '../../../../wizards/registration/machine';
import type { RegistrationContext } from '../../../../wizards/registration/context-schema';
import { flattenStateValue, listAtomicStates, walkMachine } from '../kit/machine-paths';
import { registered, withCandidates } from '../../../fixtures/workspace';

const today = '2030-01-01';
const everyone = registered.candidates.map((candidate) => candidate.documentNumber);
let paths: ReturnType<typeof walkMachine<typeof registrationMachine>>;
beforeAll(() => {
  paths = walkMachine(registrationMachine, walkOptions());
});

// Three candidates are enough for every branch and keep the walk fast.
const small = { ...registered, candidates: registered.candidates.slice(0, 3), enrolments: registered.enrolments.slice(0, 3) };
const walkOptions = () => ({
  input: { workspace: small, today },
  events,
  // The limit counts every event tried, not distinct snapshots.
  limit: 100_000,
  // The answers the events change, and whether errors are shown: enough to tell screens' checks apart.
  serializeContext: (context: RegistrationContext) => [
    context.errors.length > 0,
    context.planName !== '',
    context.levels.初级.isSat,
    context.levels.中级.theory.end !== '',
    context.choices[0]!.isInfoAccurate,
    context.siteCode !== '',
    context.feeMode,
  ],
});

/** The answers each screen asks, one making it fail and one making it pass. */
const screenEvents: Record<string, RegistrationEvent[]> = {
  plan: [
    { type: 'plan.set', field: 'planName', value: '' },
    { type: 'plan.set', field: 'planName', value: '2036年第三次网店运营推广全国统考' },
  ],
  times: [
    { type: 'sitting.set', level: '中级', part: 'theory', key: 'end', value: '' },
    { type: 'sitting.set', level: '中级', part: 'theory', key: 'end', value: '09:30' },
    { type: 'level.toggle', level: '初级', isSat: false },
    { type: 'level.toggle', level: '初级', isSat: true },
  ],
  status: [
    { type: 'choices.setAccurate', documentNumbers: everyone, isInfoAccurate: false },
    { type: 'choices.setAccurate', documentNumbers: everyone, isInfoAccurate: true },
  ],
  site: [
    { type: 'site.set', field: 'siteCode', value: '' },
    { type: 'site.set', field: 'siteCode', value: '0011000123' },
  ],
  fees: [
    { type: 'fees.setMode', mode: 'provincial' },
    { type: 'fees.setMode', mode: 'default' },
  ],
  review: [{ type: 'step.goto', step: 'levels' }],
};
const events = (snapshot: { value: unknown }): RegistrationEvent[] => [
  { type: 'step.next' },
  { type: 'step.back' },
  ...(screenEvents[String(snapshot.value)] ?? []),
];

function start(workspace = registered) {
  return createActor(registrationMachine, { input: { workspace, today } }).start();
}

describe('registrationMachine', () => {
  test('reaches every screen, through both branches of every check', () => {
    const reached = new Set(paths.flatMap((path) => flattenStateValue(path.state.value)));
    expect(listAtomicStates(registrationMachine).filter((state) => !reached.has(state))).toEqual([]);
  });

  test('shows errors on every screen that checks its answers', () => {
    const seen = new Set(paths.map((path) => `${String(path.state.value)}:${path.state.context.errors.length > 0}`));
    for (const step of ['plan', 'times', 'levels', 'status', 'site', 'fees']) {
      expect([seen.has(`${step}:true`), seen.has(`${step}:false`)], step).toEqual([true, true]);
    }
  });

  test('stays on the first screen when the workspace has no candidates', () => {
    const actor = start(createEmptyWorkspace());
    actor.send({ type: 'step.next' });
    expect(actor.getSnapshot().value).toBe('start');
    expect(actor.getSnapshot().context.errors.map((error) => error.field)).toEqual(['start-candidates']);
  });

  test('keeps what was typed and shows errors when 下一步 fails', () => {
    const actor = start(withCandidates);
    actor.send({ type: 'step.next' });
    actor.send({ type: 'plan.set', field: 'planYear', value: '二〇三六' });
    actor.send({ type: 'step.next' });
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('plan');
    expect(snapshot.context.planYear).toBe('二〇三六');
    expect(snapshot.context.errors.map((error) => error.field)).toEqual(['plan-name', 'plan-year']);
  });

  test('refuses an exam date in the past on the times screen', () => {
    const actor = createActor(registrationMachine, { input: { workspace: registered, today: '2037-01-01' } }).start();
    actor.send({ type: 'step.next' });
    actor.send({ type: 'step.next' });
    actor.send({ type: 'step.next' });
    expect(actor.getSnapshot().value).toBe('times');
    expect(actor.getSnapshot().context.errors[0]!.message).toContain('已经过去');
  });

  test('writes the plan, the choices and the site to the workspace as each screen is done', () => {
    const actor = start(withCandidates);
    const patches: unknown[] = [];
    actor.on('workspace.update', (event) => patches.push(Object.keys(event.patch)));
    const send = (...list: RegistrationEvent[]) => list.forEach((event) => actor.send(event));
    send(
      { type: 'step.next' },
      { type: 'plan.set', field: 'planName', value: '2036年第三次网店运营推广全国统考' },
      { type: 'plan.set', field: 'planYear', value: '2036' },
      { type: 'step.next' },
      { type: 'level.toggle', level: '初级', isSat: true },
      { type: 'sitting.set', level: '中级', part: 'theory', key: 'end', value: '' },
      { type: 'sitting.set', level: '中级', part: 'theory', key: 'end', value: '09:30' },
      { type: 'sitting.set', level: '初级', part: 'theory', key: 'date', value: '2036-06-28' },
      { type: 'sitting.set', level: '初级', part: 'theory', key: 'start', value: '14:00' },
      { type: 'sitting.set', level: '初级', part: 'theory', key: 'end', value: '15:00' },
      { type: 'sitting.set', level: '初级', part: 'practical', key: 'date', value: '2036-06-28' },
      { type: 'sitting.set', level: '初级', part: 'practical', key: 'start', value: '15:15' },
      { type: 'sitting.set', level: '初级', part: 'practical', key: 'end', value: '17:45' },
      { type: 'step.next' },
      { type: 'choices.setLevel', documentNumbers: everyone, level: '初级' },
      { type: 'step.next' },
      { type: 'choices.setAccurate', documentNumbers: everyone.slice(0, 5), isInfoAccurate: true },
      { type: 'step.next' },
      { type: 'site.set', field: 'siteCode', value: '0011000123' },
      { type: 'step.next' },
    );
    expect(actor.getSnapshot().value).toBe('fees');
    expect(patches).toEqual([['examPlan'], ['enrolments'], ['enrolments'], ['school']]);
    const { workspace } = actor.getSnapshot().context;
    expect(workspace.examPlan.levels).toEqual([
      {
        level: '初级',
        theory: { date: '2036-06-28', start: '14:00', end: '15:00' },
        practical: { date: '2036-06-28', start: '15:15', end: '17:45' },
      },
    ]);
    expect(workspace.enrolments.filter((choice) => choice.isInfoAccurate)).toHaveLength(5);
    expect(workspace.school.siteName).toBe('北京示范职业学校网店运营推广职业技能等级证书');
  });

  test('refuses to jump to a screen whose earlier screens are not done', () => {
    const actor = start(withCandidates);
    actor.send({ type: 'step.goto', step: 'result' });
    expect(actor.getSnapshot().value).toBe('start');
  });

  test('lets 修改 jump back and forth once everything is done', () => {
    const actor = start();
    actor.send({ type: 'fees.setMode', mode: 'default' });
    actor.send({ type: 'step.goto', step: 'result' });
    expect(actor.getSnapshot().value).toBe('result');
    actor.send({ type: 'step.goto', step: 'levels' });
    expect(actor.getSnapshot().value).toBe('levels');
  });

  test('keeps choices for candidates still in the workspace when it is reloaded', () => {
    const actor = start();
    const fewer = { ...registered, candidates: registered.candidates.slice(1) };
    actor.send({ type: 'workspace.loaded', workspace: fewer });
    expect(actor.getSnapshot().context.choices).toHaveLength(89);
    expect(actor.getSnapshot().context.choices[0]!.level).toBe('初级');
  });

  test('fills the plan boxes a resumed draft left empty from what the workspace holds now, keeping what was typed', () => {
    const actor = createActor(registrationMachine, { input: { workspace: withCandidates, today: '2030-01-01' } }).start();
    actor.send({ type: 'plan.set', field: 'planYear', value: '2035' });
    actor.send({ type: 'window.set', window: 'registration', end: 'start', value: '2036-04-20' });
    const plan = { ...registered.examPlan, scheduling: { start: '2036-06-11', end: '2036-06-20' } };
    actor.send({ type: 'workspace.loaded', workspace: { ...withCandidates, examPlan: plan } });
    const { planName, planYear, windows } = actor.getSnapshot().context;
    expect([planName, planYear]).toEqual([plan.name, '2035']);
    expect(windows.scheduling).toEqual({ start: '2036-06-11', end: '2036-06-20' });
    expect(windows.registration).toEqual({ start: '2036-04-20', end: '' });
  });

  test('fills the empty exam dates of a resumed draft with the date the timeline wizard saved since, keeping what was typed', () => {
    const actor = createActor(registrationMachine, { input: { workspace: withCandidates, today: '2030-01-01' } }).start();
    actor.send({ type: 'sitting.set', level: '初级', part: 'practical', key: 'date', value: '2036-06-29' });
    actor.send({ type: 'workspace.loaded', workspace: { ...withCandidates, examPlan: { ...withCandidates.examPlan, examDate: '2036-06-28' } } });
    const { levels } = actor.getSnapshot().context;
    expect([levels.初级.theory.date, levels.初级.practical.date, levels.高级.practical.date]).toEqual(['2036-06-28', '2036-06-29', '2036-06-28']);
  });

  test('leaves the levels untouched when the workspace has no exam date, so nothing is saved again', () => {
    const actor = createActor(registrationMachine, { input: { workspace: withCandidates, today: '2030-01-01' } }).start();
    const before = actor.getSnapshot().context.levels;
    actor.send({ type: 'workspace.loaded', workspace: withCandidates });
    expect(actor.getSnapshot().context.levels).toBe(before);
  });
});
