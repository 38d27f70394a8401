import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { certificate } from '../../../../src/domain/certificate/facts';
import { checkReadiness } from '../../../../src/domain/site/rules';
import { createEmptyWorkspace } from '../../../../src/domain/workspace/rules';
import { getAt, setAt, type SiteForm } from '../../../../wizards/site/answers';
import type { SiteContext } from '../../../../wizards/site/context-schema';
import { siteMachine, type SiteEvent } from '../../../../wizards/site/machine';
import { toReadinessAnswers } from '../../../../wizards/site/output';
import { canReachSiteStep as canReach, findStepOfItem, siteSteps } from '../../../../wizards/site/steps';
import { failingSite, recommendedSite, toSiteForm } from '../../../fixtures/site';
import { expectEveryStateReached } from '../kit/machine-paths';

const workspace = createEmptyWorkspace();
const complete = toSiteForm(recommendedSite);
const contextOf = (form: SiteForm): SiteContext => ({ form, errors: [], workspace });
const validateSiteStep = (step: string, form: SiteForm) => siteSteps.errorsOf(step as (typeof siteSteps.ids)[number], contextOf(form));
const canReachSiteStep = (step: string, form: SiteForm) => canReach(step, contextOf(form));

/** Start the machine with a form already typed in (as a resumed draft would be). */
function startWith(form: SiteContext['form']) {
  const snapshot = siteMachine.resolveState({ value: 'eligibility', context: { form, errors: [], workspace } });
  const actor = createActor(siteMachine, { input: { workspace }, snapshot }).start();
  const updates: unknown[] = [];
  actor.on('workspace.update', (event) => updates.push(event.patch));
  return { actor, updates };
}

/** The parts of the form each screen asks. */
const screenPaths: Record<string, string[]> = {
  eligibility: ['schoolName', 'isPilotSchool', 'hasFiledBefore'],
  rooms: ['rooms'],
  server: ['machines.server'],
  proctor: ['machines.proctor'],
  candidate: ['machines.candidate'],
  equipment: ['equipment', 'surveillance'],
  venue: ['venue'],
  team: ['team'],
  facilities: ['facilities', 'otherRequirements'],
};

/** Events that type the complete form's answers for one screen, one field or tick at a time. */
function answerEvents(step: string): SiteEvent[] {
  const events: SiteEvent[] = [];
  const visit = (path: string, value: unknown) => {
    if (Array.isArray(value) && value.every((item) => typeof item !== 'object')) {
      for (const item of value) events.push({ type: 'choice.toggle', path, item, checked: true });
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) visit(`${path}.${key}`, child);
    } else events.push({ type: 'answer.set', path, value: value as string | boolean });
  };
  for (const path of screenPaths[step] ?? []) visit(path, getAt(complete, path));
  return events;
}

describe('siteMachine', () => {
  // Walking every screen's answers one tick at a time takes a few seconds on a busy machine.
  test('reaches every screen, including the stop page', () => {
    expectEveryStateReached(siteMachine, {
      input: { workspace },
      events: (snapshot): SiteEvent[] => [
        { type: 'step.next' },
        { type: 'step.back' },
        { type: 'answer.set', path: 'isPilotSchool', value: 'no' },
        ...(snapshot.context.form.rooms.length === 0 ? [{ type: 'room.add' } as const] : []),
        ...answerEvents(String(snapshot.value)),
      ],
      // Rooms are counted too: one room with a single blank box has as many errors as no room at all.
      serializeContext: (context) => [siteSteps.ids.map((step) => validateSiteStep(step, context.form).length), context.form.rooms.length, context.form.isPilotSchool, context.errors.length > 0],
    });
  }, 30_000);

  test('stops a school that is not a pilot school', () => {
    const { actor } = startWith({ ...complete, isPilotSchool: 'no' });
    actor.send({ type: 'step.next' });
    expect(actor.getSnapshot().value).toBe('ineligible');
  });

  test('stops a school that filed a site before', () => {
    const { actor } = startWith({ ...complete, hasFiledBefore: 'yes' });
    actor.send({ type: 'step.next' });
    expect(actor.getSnapshot().value).toBe('ineligible');
  });

  test('walks a complete form to the report and writes the generated site name to the workspace', () => {
    const { actor, updates } = startWith(complete);
    for (let i = 0; i < 10; i += 1) actor.send({ type: 'step.next' });
    expect(actor.getSnapshot().value).toBe('report');
    expect(updates).toEqual([{ school: { name: '某某职业技术学院', siteName: `某某职业技术学院${certificate.name}` } }]);
  });

  test('keeps a mistyped number and links the error to its box', () => {
    const { actor } = startWith(setAt(complete, 'machines.server.memoryGb', '32G'));
    for (let i = 0; i < 4; i += 1) actor.send({ type: 'step.next' });
    expect(actor.getSnapshot().value).toBe('server');
    expect(actor.getSnapshot().context.errors).toEqual([{ field: 'machines-server-memoryGb', message: '内存请填写数字，例如 1.5（您填写的是“32G”）' }]);
    expect(actor.getSnapshot().context.form.machines.server.memoryGb).toBe('32G');
  });

  test('adds and removes rooms', () => {
    const { actor } = startWith(complete);
    actor.send({ type: 'step.next' });
    actor.send({ type: 'step.next' });
    actor.send({ type: 'room.add' });
    expect(actor.getSnapshot().context.form.rooms).toHaveLength(2);
    actor.send({ type: 'room.remove', index: 0 });
    expect(actor.getSnapshot().context.form.rooms.map((room) => room.name)).toEqual(['']);
  });

  test('toggles items of a checkbox list', () => {
    const { actor } = startWith({ ...complete, facilities: [] });
    actor.send({ type: 'choice.toggle', path: 'facilities', item: '保险柜', checked: true });
    actor.send({ type: 'choice.toggle', path: 'facilities', item: '打印机', checked: true });
    actor.send({ type: 'choice.toggle', path: 'facilities', item: '保险柜', checked: false });
    expect(actor.getSnapshot().context.form.facilities).toEqual(['打印机']);
  });

  test('takes rooms from the workspace when none are typed', () => {
    const actor = createActor(siteMachine, { input: { workspace: { ...workspace, rooms: [{ name: '机房 A', address: '', detailAddress: '', machines: 42 }] } } }).start();
    expect(actor.getSnapshot().context.form.rooms[0]).toMatchObject({ name: '机房 A', candidateMachines: '42' });
  });
});

describe('canReachSiteStep', () => {
  test('refuses the report until every question is answered', () => {
    expect(canReachSiteStep('report', { ...complete, venue: { ...complete.venue, powerHours: '' } })).toBe(false);
    expect(canReachSiteStep('report', complete)).toBe(true);
  });

  test('allows the stop page only to an ineligible school', () => {
    expect(canReachSiteStep('ineligible', complete)).toBe(false);
    expect(canReachSiteStep('ineligible', { ...complete, isPilotSchool: 'no' })).toBe(true);
  });
});

describe('toReadinessAnswers', () => {
  test('gives the same report as the answers the form was typed from', () => {
    for (const answers of [recommendedSite, failingSite]) {
      expect(checkReadiness(toReadinessAnswers(toSiteForm(answers)))).toEqual(checkReadiness(answers));
    }
  });

  test('finds no problem on any screen of a complete form', () => {
    expect(siteSteps.ids.flatMap((step) => validateSiteStep(step, complete))).toEqual([]);
  });
});

describe('findStepOfItem', () => {
  test('returns a screen that exists for every item of the report', () => {
    const steps = new Set(checkReadiness(recommendedSite).map((item) => findStepOfItem(item.key)));
    expect([...steps].sort()).toEqual(['candidate', 'equipment', 'facilities', 'proctor', 'rooms', 'server', 'team', 'venue']);
  });
});
