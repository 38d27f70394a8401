/**
 * 考务时间表: the exam date and the plan's own windows, then every milestone of
 * 重要时间节点 as real dates, an .ics calendar and a one-page timeline (手册 第三章 十一).
 * The smallest wizard, and the worked example of the kit's contract (wizards/kit/README.md).
 */
import { assign, setup } from 'xstate';
import { fillWindowDrafts, type PlanWindowKey, type WindowDraft } from '../../src/domain/plan/windows';
import { getLocalToday } from '../../src/domain/timeline/iso-date';
import type { StepEvent, WizardInput, WorkspaceLoadedEvent, WorkspaceUpdateEmitted } from '../kit/wizard-machine';
import { createTimelineContext, readExamDate } from './context';
import type { TimelineContext } from './context-schema';
import { timelineSteps as steps } from './steps';

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
  guards: steps.guards,
  actions: steps.actions,
}).createMachine({
  id: 'timeline',
  context: ({ input }) => createTimelineContext(input.workspace, input.today),
  initial: 'examDate',
  on: {
    'step.goto': steps.gotoTransitions,
    'workspace.loaded': {
      // Boxes still empty take what another wizard saved since (a resumed draft was made before it); typed values win.
      actions: assign(({ context, event: { workspace } }) => ({
        workspace,
        today: getLocalToday(),
        examDate: context.examDate.trim() ? context.examDate : readExamDate(workspace),
        windows: fillWindowDrafts(context.windows, workspace.examPlan),
      })),
    },
    'examDate.set': { actions: assign({ examDate: ({ event }) => event.value }) },
    'window.set': {
      actions: assign({
        windows: ({ context, event }) => ({ ...context.windows, [event.window]: { ...context.windows[event.window], [event.end]: event.value } }),
      }),
    },
  },
  states: {
    examDate: { on: steps.checkedTransitions('examDate', 'windows', null) },
    windows: { on: steps.checkedTransitions('windows', 'result', 'examDate') },
    result: { on: { 'step.back': { target: 'windows' } } },
    printout: { on: { 'step.back': { target: 'result' } } },
  },
});
