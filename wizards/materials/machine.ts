/**
 * 考试当天物料: the materials list with quantities from the rooms and sessions,
 * and every printable exam-day document (手册 第四章 二、三、四、五). It writes nothing.
 * One state per screen; navigation and the start screen's check come from the step list.
 */
import { assign, setup } from 'xstate';
import type { StepEvent, WizardInput, WorkspaceLoadedEvent } from '../kit/wizard-machine';
import { createMaterialsContext } from './context';
import type { MaterialsContext } from './context-schema';
import type { MaterialsDocumentId } from './output';
import { materialsSteps as steps } from './steps';

/** Events of the materials wizard besides navigation. */
export type MaterialsEvent = StepEvent | WorkspaceLoadedEvent | { type: 'document.open'; documentId: MaterialsDocumentId };

/** The materials wizard's machine. */
export const materialsMachine = setup({
  types: {
    context: {} as MaterialsContext,
    events: {} as MaterialsEvent,
    input: {} as WizardInput,
  },
  guards: steps.guards,
  actions: steps.actions,
}).createMachine({
  id: 'materials',
  context: ({ input }) => createMaterialsContext(input.workspace),
  initial: 'start',
  on: {
    'step.goto': steps.gotoTransitions,
    'workspace.loaded': { actions: assign({ workspace: ({ event }) => event.workspace }) },
  },
  states: {
    start: { on: steps.checkedTransitions('start', 'quantities', null) },
    quantities: { on: steps.checkedTransitions('quantities', 'documents', 'start') },
    documents: {
      on: {
        'step.back': { target: 'quantities' },
        'document.open': { target: 'printing', actions: assign({ documentId: ({ event }) => event.documentId }) },
      },
    },
    printing: { on: { 'step.back': { target: 'documents' } } },
  },
});
