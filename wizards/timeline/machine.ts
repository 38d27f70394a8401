/**
 * 考务时间表: the exam date and the plan's own windows, then every milestone of
 * 重要时间节点 as real dates, an .ics calendar and a one-page timeline (手册 第三章 十一).
 */
import { assign, enqueueActions, setup } from 'xstate';
import type { PlanWindowKey, WindowDraft } from '../../src/domain/plan/windows';
import { getLocalToday } from '../../src/domain/timeline/iso-date';
import {
  checkedStepTransitions,
  stepGotoTransitions,
  workspaceUpdate,
  type StepEvent,
  type WizardInput,
  type WorkspaceLoadedEvent,
  type WorkspaceUpdateEmitted,
} from '../kit/wizard-machine';
import { createTimelineContext, type TimelineContext } from './context';
import { buildWorkspacePatch, canEnter, findStepErrors, timelineSteps, type TimelineStep } from './steps';

/** Events of the timeline wizard besides navigation (calendar events are `TimelineEvent` in src/domain/timeline/events.ts). */
export type TimelineWizardEvent =
  | StepEvent
  | WorkspaceLoadedEvent
  | { type: 'examDate.set'; value: string }
  | { type: 'window.set'; window: PlanWindowKey; end: keyof WindowDraft; value: string };

/** Input: the workspace, and today's date (tests fix it; the browser uses the local date). */
export type TimelineInput = WizardInput & { today?: string };

/** The timeline wizard's machine. */
export const timelineMachine = setup({
  types: {
    context: {} as TimelineContext,
    events: {} as TimelineWizardEvent,
    input: {} as TimelineInput,
    emitted: {} as WorkspaceUpdateEmitted,
  },
  guards: {
    isStepValid: ({ context }, params: { step: TimelineStep }) => findStepErrors(params.step, context).length === 0,
    canEnterStep: ({ context, event }, params: { step: string }) =>
      event.type === 'step.goto' && event.step === params.step && canEnter(params.step as TimelineStep, context),
  },
  actions: {
    showErrors: assign({ errors: ({ context }, params: { step: TimelineStep }) => findStepErrors(params.step, context) }),
    clearErrors: assign({ errors: [] }),
    saveToWorkspace: enqueueActions(({ context, enqueue }) => {
      const patch = buildWorkspacePatch(context);
      // Each patch part is whole, so a shallow merge is this copy's update; the host validates what it stores.
      enqueue.assign({ workspace: { ...context.workspace, ...patch } });
      enqueue.emit(workspaceUpdate(patch));
    }),
  },
}).createMachine({
  id: 'timeline',
  context: ({ input }) => createTimelineContext(input.workspace, input.today),
  initial: 'examDate',
  on: {
    'step.goto': stepGotoTransitions(timelineSteps).map((transition) => ({ ...transition, actions: 'clearErrors' as const })),
    'workspace.loaded': { actions: assign({ workspace: ({ event }) => event.workspace, today: () => getLocalToday() }) },
    'examDate.set': { actions: assign({ examDate: ({ event }) => event.value }) },
    'window.set': {
      actions: assign({
        windows: ({ context, event }) => ({ ...context.windows, [event.window]: { ...context.windows[event.window], [event.end]: event.value } }),
      }),
    },
  },
  states: {
    examDate: {
      on: checkedStepTransitions('examDate', 'windows', null),
    },
    windows: {
      on: checkedStepTransitions('windows', 'result', 'examDate', ['saveToWorkspace']),
    },
    result: {
      on: { 'step.back': { target: 'windows' } },
    },
    printout: {
      on: { 'step.back': { target: 'result' } },
    },
  },
});
