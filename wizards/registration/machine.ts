/**
 * 为学生报考: the exam plan, each candidate's level, who is 信息准确, the site and
 * the fees, then the 按证书导入 file (手册 第三章 二、四、九). One state per screen.
 */
import { assign, enqueueActions, setup } from 'xstate';
import type { Level } from '../../src/domain/certificate/schema';
import type { PlanWindowKey, WindowDraft } from '../../src/domain/plan/windows';
import type { SittingDraft, SittingPart } from '../../src/domain/plan/rules';
import { getLocalToday } from '../../src/domain/timeline/iso-date';
import type { Workspace } from '../../src/domain/workspace/schema';
import {
  checkedStepTransitions,
  stepGotoTransitions,
  workspaceUpdate,
  type StepEvent,
  type WizardInput,
  type WorkspaceLoadedEvent,
  type WorkspaceUpdateEmitted,
} from '../kit/wizard-machine';
import { createRegistrationContext, reconcileChoices, type RegistrationContext } from './context';
import { buildWorkspacePatch, canEnter, findStepErrors, registrationSteps, updateChoices, type RegistrationStep, type WorkspacePart } from './steps';

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
  guards: {
    isStepValid: ({ context }, params: { step: RegistrationStep }) => findStepErrors(params.step, context).length === 0,
    canEnterStep: ({ context, event }, params: { step: string }) =>
      event.type === 'step.goto' && event.step === params.step && canEnter(params.step as RegistrationStep, context),
  },
  actions: {
    showErrors: assign({ errors: ({ context }, params: { step: RegistrationStep }) => findStepErrors(params.step, context) }),
    clearErrors: assign({ errors: [] }),
    saveToWorkspace: enqueueActions(({ context, enqueue }, params: { part: WorkspacePart }) => {
      const patch = buildWorkspacePatch(params.part, context);
      // Each patch part is whole, so a shallow merge is this copy's update; the host validates what it stores.
      enqueue.assign({ workspace: { ...context.workspace, ...patch } });
      enqueue.emit(workspaceUpdate(patch));
    }),
  },
}).createMachine({
  id: 'registration',
  context: ({ input }) => createRegistrationContext(input.workspace, input.today),
  initial: 'start',
  on: {
    'step.goto': stepGotoTransitions(registrationSteps).map((transition) => ({ ...transition, actions: 'clearErrors' as const })),
    'workspace.loaded': {
      actions: assign(({ context, event }) => {
        const workspace: Workspace = event.workspace;
        return {
          workspace,
          today: getLocalToday(),
          choices: reconcileChoices(workspace, context.choices),
          siteCode: context.siteCode || workspace.school.siteCode,
          siteName: context.siteName || workspace.school.siteName,
        };
      }),
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
    start: {
      on: checkedStepTransitions('start', 'plan', null),
    },
    plan: {
      on: checkedStepTransitions('plan', 'times', 'start'),
    },
    times: {
      on: checkedStepTransitions('times', 'levels', 'plan', [{ type: 'saveToWorkspace', params: { part: 'plan' } }]),
    },
    levels: {
      on: checkedStepTransitions('levels', 'status', 'times', [{ type: 'saveToWorkspace', params: { part: 'choices' } }]),
    },
    status: {
      on: checkedStepTransitions('status', 'site', 'levels', [{ type: 'saveToWorkspace', params: { part: 'choices' } }]),
    },
    site: {
      on: checkedStepTransitions('site', 'fees', 'status', [{ type: 'saveToWorkspace', params: { part: 'site' } }]),
    },
    fees: {
      on: checkedStepTransitions('fees', 'review', 'site'),
    },
    review: {
      on: {
        'step.next': { target: 'result' },
        'step.back': { target: 'fees' },
      },
    },
    result: {
      on: { 'step.back': { target: 'review' } },
    },
  },
});
