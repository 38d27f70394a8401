/**
 * The site application wizard (考点申报与考场条件自查): the eligibility gate, the site
 * name the platform generates, the readiness questions (rooms, each kind of machine,
 * equipment, venue, team, facilities), and the readiness report. See README.md.
 */
import { assign, setup } from 'xstate';
import type { StepEvent, WizardInput, WorkspaceLoadedEvent, WorkspaceUpdateEmitted } from '../kit/wizard-machine';
import { createRoomForm, getAt, setAt } from './answers';
import { createSiteContext, roomsFromWorkspace } from './context';
import type { SiteContext } from './context-schema';
import { isEligible, siteSteps as steps } from './steps';

/** Events of the site wizard besides navigation. */
export type SiteEvent =
  | StepEvent
  | WorkspaceLoadedEvent
  | { type: 'answer.set'; path: string; value: string | boolean }
  | { type: 'choice.toggle'; path: string; item: string | number; checked: boolean }
  | { type: 'room.add' }
  | { type: 'room.remove'; index: number };

/** The site wizard's flow: the eligibility gate, then one state per readiness screen up to the report. */
export const siteMachine = setup({
  types: { context: {} as SiteContext, events: {} as SiteEvent, input: {} as WizardInput, emitted: {} as WorkspaceUpdateEmitted },
  guards: {
    ...steps.guards,
    isAnsweredAndEligible: ({ context }) => steps.errorsOf('eligibility', context).length === 0 && isEligible(context.form),
  },
  actions: steps.actions,
}).createMachine({
  id: 'site',
  context: ({ input }) => createSiteContext(input.workspace),
  initial: 'eligibility',
  on: {
    'answer.set': { actions: assign({ form: ({ context, event }) => setAt(context.form, event.path, event.value) }) },
    'choice.toggle': {
      actions: assign({
        form: ({ context, event }) => {
          const current = (getAt(context.form, event.path) as (string | number)[] | undefined) ?? [];
          const next = event.checked ? [...new Set([...current, event.item])] : current.filter((item) => item !== event.item);
          return setAt(context.form, event.path, next);
        },
      }),
    },
    'workspace.loaded': {
      actions: assign(({ context, event }) => ({
        workspace: event.workspace,
        form: {
          ...context.form,
          schoolName: context.form.schoolName || event.workspace.school.name,
          rooms: context.form.rooms.length ? context.form.rooms : roomsFromWorkspace(event.workspace),
        },
      })),
    },
    'step.goto': steps.gotoTransitions,
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
    siteName: { on: steps.checkedTransitions('siteName', 'rooms', 'eligibility') },
    rooms: {
      on: {
        ...steps.checkedTransitions('rooms', 'server', 'siteName'),
        'room.add': { actions: assign({ form: ({ context }) => ({ ...context.form, rooms: [...context.form.rooms, createRoomForm()] }) }) },
        'room.remove': { actions: assign({ form: ({ context, event }) => ({ ...context.form, rooms: context.form.rooms.filter((_, index) => index !== event.index) }) }) },
      },
    },
    server: { on: steps.checkedTransitions('server', 'proctor', 'rooms') },
    proctor: { on: steps.checkedTransitions('proctor', 'candidate', 'server') },
    candidate: { on: steps.checkedTransitions('candidate', 'equipment', 'proctor') },
    equipment: { on: steps.checkedTransitions('equipment', 'venue', 'candidate') },
    venue: { on: steps.checkedTransitions('venue', 'team', 'equipment') },
    team: { on: steps.checkedTransitions('team', 'facilities', 'venue') },
    facilities: { on: steps.checkedTransitions('facilities', 'report', 'team') },
    report: { on: { 'step.back': 'facilities' } },
  },
});
