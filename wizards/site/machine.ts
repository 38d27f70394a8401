/**
 * The site application wizard (考点申报与考场条件自查): the eligibility gate, the site
 * name the platform generates, the readiness questions (rooms, each kind of machine,
 * equipment, venue, team, facilities), and the readiness report. See README.md.
 */
import { assign, emit, setup } from 'xstate';
import { formatSiteName, judgeSiteEligibility } from '../../src/domain/site/rules';
import type { School, Workspace } from '../../src/domain/workspace/schema';
import { checkedStepTransitions, stepGotoTransitions, workspaceUpdate, type FieldError, type StepEvent, type WizardInput, type WorkspaceLoadedEvent } from '../kit/wizard-machine';
import { createRoomForm, createSiteForm, getAt, setAt, siteSteps, validateSiteStep, type SiteForm, type SiteStep } from './form';

/** What the machine keeps: the answers as typed, errors, and the workspace's school part. */
export interface SiteContext {
  form: SiteForm;
  errors: FieldError[];
  school: School;
}

/** Events of the site wizard besides navigation. */
export type SiteEvent =
  | StepEvent
  | WorkspaceLoadedEvent
  | { type: 'answer.set'; path: string; value: string | boolean }
  | { type: 'choice.toggle'; path: string; item: string | number; checked: boolean }
  | { type: 'room.add' }
  | { type: 'room.remove'; index: number };

/** Rooms known to the workspace (from the rooms wizard), as a starting point when none are typed yet. */
function roomsFromWorkspace(workspace: Workspace): SiteForm['rooms'] {
  return workspace.rooms.map((room) => ({ ...createRoomForm(), name: room.name, candidateMachines: room.machines === null ? '' : String(room.machines) }));
}

const isEligible = (form: SiteForm) => judgeSiteEligibility({ isPilotSchool: form.isPilotSchool === 'yes', hasFiledBefore: form.hasFiledBefore === 'yes' }).isEligible;

/** True when `step` may be shown: every earlier question answered, and the gate passed or (for the stop page) failed. */
export function canReachSiteStep(step: SiteStep, form: SiteForm): boolean {
  const answered = siteSteps.slice(0, siteSteps.indexOf(step)).every((earlier) => earlier === 'ineligible' || validateSiteStep(earlier, form).length === 0);
  if (!answered) return false;
  if (step === 'eligibility') return true;
  return step === 'ineligible' ? !isEligible(form) : isEligible(form);
}

/** The site wizard's flow: the eligibility gate, then one state per readiness screen up to the report. */
export const siteMachine = setup({
  types: { context: {} as SiteContext, events: {} as SiteEvent, input: {} as WizardInput, emitted: {} as ReturnType<typeof workspaceUpdate> },
  guards: {
    isStepValid: ({ context }, { step }: { step: SiteStep }) => validateSiteStep(step, context.form).length === 0,
    isAnsweredAndEligible: ({ context }) => validateSiteStep('eligibility', context.form).length === 0 && isEligible(context.form),
    canEnterStep: ({ context, event }, { step }: { step: string }) => event.type === 'step.goto' && event.step === step && canReachSiteStep(step as SiteStep, context.form),
  },
  actions: {
    clearErrors: assign({ errors: [] as FieldError[] }),
    showErrors: assign({ errors: ({ context }, { step }: { step: SiteStep }) => validateSiteStep(step, context.form) }),
    setAnswer: assign({ form: ({ context, event }) => (event.type === 'answer.set' ? setAt(context.form, event.path, event.value) : context.form) }),
    toggleChoice: assign({
      form: ({ context, event }) => {
        if (event.type !== 'choice.toggle') return context.form;
        const current = (getAt(context.form, event.path) as (string | number)[] | undefined) ?? [];
        const next = event.checked ? [...new Set([...current, event.item])] : current.filter((item) => item !== event.item);
        return setAt(context.form, event.path, next);
      },
    }),
    addRoom: assign({ form: ({ context }) => ({ ...context.form, rooms: [...context.form.rooms, createRoomForm()] }) }),
    removeRoom: assign({ form: ({ context, event }) => (event.type === 'room.remove' ? { ...context.form, rooms: context.form.rooms.filter((_, index) => index !== event.index) } : context.form) }),
    loadWorkspace: assign(({ context, event }) => {
      if (event.type !== 'workspace.loaded') return {};
      const { workspace } = event;
      const form = {
        ...context.form,
        schoolName: context.form.schoolName || workspace.school.name,
        rooms: context.form.rooms.length ? context.form.rooms : roomsFromWorkspace(workspace),
      };
      return { school: workspace.school, form };
    }),
    saveToWorkspace: emit(({ context }) => {
      const name = context.form.schoolName.trim();
      return workspaceUpdate({ school: { ...context.school, name, siteName: formatSiteName(name) } });
    }),
  },
}).createMachine({
  id: 'site',
  context: ({ input }) => ({
    form: createSiteForm({ schoolName: input.workspace.school.name, rooms: roomsFromWorkspace(input.workspace) }),
    errors: [],
    school: input.workspace.school,
  }),
  initial: 'eligibility',
  on: {
    'answer.set': { actions: 'setAnswer' },
    'choice.toggle': { actions: 'toggleChoice' },
    'workspace.loaded': { actions: 'loadWorkspace' },
    'step.goto': stepGotoTransitions(siteSteps).map((transition) => ({ ...transition, actions: 'clearErrors' as const })),
  },
  states: {
    eligibility: {
      on: {
        'step.next': [
          { guard: 'isAnsweredAndEligible', target: 'siteName', actions: 'clearErrors' },
          { guard: { type: 'isStepValid', params: { step: 'eligibility' } }, target: 'ineligible', actions: 'clearErrors' },
          { actions: { type: 'showErrors', params: { step: 'eligibility' } } },
        ],
      },
    },
    ineligible: { on: { 'step.back': 'eligibility' } },
    siteName: { on: checkedStepTransitions('siteName', 'rooms', 'eligibility') },
    rooms: { on: { ...checkedStepTransitions('rooms', 'server', 'siteName'), 'room.add': { actions: 'addRoom' }, 'room.remove': { actions: 'removeRoom' } } },
    server: { on: checkedStepTransitions('server', 'proctor', 'rooms') },
    proctor: { on: checkedStepTransitions('proctor', 'candidate', 'server') },
    candidate: { on: checkedStepTransitions('candidate', 'equipment', 'proctor') },
    equipment: { on: checkedStepTransitions('equipment', 'venue', 'candidate') },
    venue: { on: checkedStepTransitions('venue', 'team', 'equipment') },
    team: { on: checkedStepTransitions('team', 'facilities', 'venue') },
    facilities: { on: checkedStepTransitions('facilities', 'report', 'team') },
    report: { entry: 'saveToWorkspace', on: { 'step.back': 'facilities' } },
  },
});
