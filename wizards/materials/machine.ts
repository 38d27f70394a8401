/**
 * 考试当天物料: the materials list with quantities from the rooms and sessions,
 * and every printable exam-day document (手册 第四章 二、三、四、五). It writes nothing.
 */
import { assign, setup } from 'xstate';
import { stepGotoTransitions, type StepEvent, type WizardInput, type WorkspaceLoadedEvent } from '../kit/wizard-machine';
import { createMaterialsContext, type MaterialsContext } from './context';
import type { MaterialsDocumentId } from './documents';
import { checkExamDayInputs } from '../../src/domain/exam-day/day-plan';
import { canEnter, materialsSteps, type MaterialsStep } from './steps';

/** Events of the materials wizard besides navigation. */
export type MaterialsEvent = StepEvent | WorkspaceLoadedEvent | { type: 'document.open'; documentId: MaterialsDocumentId };

/** The materials wizard's machine. */
export const materialsMachine = setup({
  types: {
    context: {} as MaterialsContext,
    events: {} as MaterialsEvent,
    input: {} as WizardInput,
  },
  actions: {
    showStartErrors: assign({ errors: ({ context }) => checkExamDayInputs(context.workspace) }),
    clearErrors: assign({ errors: [] }),
  },
  guards: {
    canContinue: ({ context }) => canEnter('quantities', context),
    canEnterStep: ({ context, event }, params: { step: string }) =>
      event.type === 'step.goto' && event.step === params.step && canEnter(params.step as MaterialsStep, context),
  },
}).createMachine({
  id: 'materials',
  context: ({ input }) => createMaterialsContext(input.workspace),
  initial: 'start',
  on: {
    'step.goto': stepGotoTransitions(materialsSteps),
    'workspace.loaded': { actions: assign({ workspace: ({ event }) => event.workspace }) },
  },
  states: {
    start: {
      on: {
        'step.next': [{ guard: 'canContinue', target: 'quantities', actions: 'clearErrors' }, { actions: 'showStartErrors' }],
      },
    },
    quantities: {
      on: { 'step.next': { target: 'documents' }, 'step.back': { target: 'start' } },
    },
    documents: {
      on: {
        'step.back': { target: 'quantities' },
        'document.open': { target: 'printing', actions: assign({ documentId: ({ event }) => event.documentId }) },
      },
    },
    printing: {
      on: { 'step.back': { target: 'documents' } },
    },
  },
});
