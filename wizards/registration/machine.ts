/**
 * 为学生报考: the exam plan, each candidate's level, who is 信息准确, the site and
 * the fees, then the 按证书导入 file (手册 第三章 二、四、九). One state per screen;
 * navigation, checks and saving come from the step list (steps.ts).
 */
import { assign, setup } from 'xstate';
import type { Level } from '../../src/domain/certificate/schema';
import { fillWindowDrafts, type PlanWindowKey, type WindowDraft } from '../../src/domain/plan/windows';
import type { SittingDraft, SittingPart } from '../../src/domain/plan/rules';
import { getLocalToday } from '../../src/domain/timeline/iso-date';
import type { StepEvent, WizardInput, WorkspaceLoadedEvent, WorkspaceUpdateEmitted } from '../kit/wizard-machine';
import { createRegistrationContext, fillSittingDates, reconcileChoices } from './context';
import type { RegistrationContext } from './context-schema';
import { registrationSteps as steps, updateChoices } from './steps';

/** Events of the registration wizard besides navigation. */
export type RegistrationEvent =
  | StepEvent
  | WorkspaceLoadedEvent
  | { type: 'plan.set'; field: 'planName' | 'planYear'; value: string }
  | { type: 'window.set'; window: PlanWindowKey; end: keyof WindowDraft; value: string }
  | { type: 'level.toggle'; level: Level; isSat: boolean }
  | { type: 'sitting.set'; level: Level; part: SittingPart; key: keyof SittingDraft; value: string }
  | { type: 'choices.setLevel'; documentNumbers: string[]; level: Level | null }
  | { type: 'choices.setAccurate'; documentNumbers: string[]; isInfoAccurate: boolean }
  | { type: 'site.set'; field: 'siteCode' | 'siteName'; value: string }
  | { type: 'fees.setMode'; mode: 'default' | 'provincial' }
  | { type: 'fee.set'; level: Level; value: string };

/** Input: the workspace, and today's date (tests fix it; the browser uses the local date). */
export type RegistrationInput = WizardInput & { today?: string };

/** The registration wizard's machine. */
export const registrationMachine = setup({
  types: {
    context: {} as RegistrationContext,
    events: {} as RegistrationEvent,
    input: {} as RegistrationInput,
    emitted: {} as WorkspaceUpdateEmitted,
  },
  guards: steps.guards,
  actions: steps.actions,
}).createMachine({
  id: 'registration',
  context: ({ input }) => createRegistrationContext(input.workspace, input.today),
  initial: 'start',
  on: {
    'step.goto': steps.gotoTransitions,
    'workspace.loaded': {
      actions: assign(({ context, event: { workspace } }) => ({
        workspace,
        today: getLocalToday(),
        choices: reconcileChoices(workspace, context.choices),
        // Boxes still empty take what the workspace holds now (a resumed draft was made before the
        // timeline wizard saved the plan's windows, say); typed values win.
        planName: context.planName || workspace.examPlan.name,
        planYear: context.planYear || (workspace.examPlan.year === null ? '' : String(workspace.examPlan.year)),
        windows: fillWindowDrafts(context.windows, workspace.examPlan),
        levels: fillSittingDates(context.levels, workspace.examPlan.examDate),
        siteCode: context.siteCode || workspace.school.siteCode,
        siteName: context.siteName || workspace.school.siteName,
      })),
    },
    'plan.set': { actions: assign(({ event }) => ({ [event.field]: event.value })) },
    'window.set': {
      actions: assign({
        windows: ({ context, event }) => ({ ...context.windows, [event.window]: { ...context.windows[event.window], [event.end]: event.value } }),
      }),
    },
    'level.toggle': {
      actions: assign({
        levels: ({ context, event }) => ({ ...context.levels, [event.level]: { ...context.levels[event.level], isSat: event.isSat } }),
      }),
    },
    'sitting.set': {
      actions: assign({
        levels: ({ context, event }) => {
          const level = context.levels[event.level];
          return { ...context.levels, [event.level]: { ...level, [event.part]: { ...level[event.part], [event.key]: event.value } } };
        },
      }),
    },
    'choices.setLevel': {
      actions: assign({ choices: ({ context, event }) => updateChoices(context.choices, event.documentNumbers, { level: event.level }) }),
    },
    'choices.setAccurate': {
      actions: assign({
        choices: ({ context, event }) => updateChoices(context.choices, event.documentNumbers, { isInfoAccurate: event.isInfoAccurate }),
      }),
    },
    'site.set': { actions: assign(({ event }) => ({ [event.field]: event.value })) },
    'fees.setMode': { actions: assign({ feeMode: ({ event }) => event.mode }) },
    'fee.set': { actions: assign({ fees: ({ context, event }) => ({ ...context.fees, [event.level]: event.value }) }) },
  },
  states: {
    start: { on: steps.checkedTransitions('start', 'plan', null) },
    plan: { on: steps.checkedTransitions('plan', 'times', 'start') },
    times: { on: steps.checkedTransitions('times', 'levels', 'plan') },
    levels: { on: steps.checkedTransitions('levels', 'status', 'times') },
    status: { on: steps.checkedTransitions('status', 'site', 'levels') },
    site: { on: steps.checkedTransitions('site', 'fees', 'status') },
    fees: { on: steps.checkedTransitions('fees', 'review', 'site') },
    review: { on: { 'step.next': { target: 'result' }, 'step.back': { target: 'fees' } } },
    result: { on: { 'step.back': { target: 'review' } } },
  },
});
