/**
 * 考场设置: the rooms and their working machines, the rooms each level uses,
 * then the room import file and the seat plan (手册 第三章 五). One state per screen.
 */
import { assign, enqueueActions, setup } from 'xstate';
import type { Level } from '../../src/domain/certificate/schema';
import type { RoomDraft } from '../../src/domain/rooms/checks';
import {
  checkedStepTransitions,
  stepGotoTransitions,
  workspaceUpdate,
  type StepEvent,
  type WizardInput,
  type WorkspaceLoadedEvent,
  type WorkspaceUpdateEmitted,
} from '../kit/wizard-machine';
import { createRoomDraft, createRoomsContext, type RoomsContext } from './context';
import { buildWorkspacePatch, canEnter, findStepErrors, resolveChoices, roomsSteps, type RoomsStep, type WorkspacePart } from './steps';

/** Events of the rooms wizard besides navigation. */
export type RoomsEvent =
  | StepEvent
  | WorkspaceLoadedEvent
  | { type: 'room.add' }
  | { type: 'room.remove'; index: number }
  | { type: 'room.set'; index: number; key: keyof RoomDraft; value: string }
  | { type: 'choice.set'; level: Level; roomName: string; isChosen: boolean }
  | { type: 'choices.suggest' };

/** The rooms wizard's machine. */
export const roomsMachine = setup({
  types: {
    context: {} as RoomsContext,
    events: {} as RoomsEvent,
    input: {} as WizardInput,
    emitted: {} as WorkspaceUpdateEmitted,
  },
  guards: {
    isStepValid: ({ context }, params: { step: RoomsStep }) => findStepErrors(params.step, context).length === 0,
    canEnterStep: ({ context, event }, params: { step: string }) =>
      event.type === 'step.goto' && event.step === params.step && canEnter(params.step as RoomsStep, context),
  },
  actions: {
    showErrors: assign({ errors: ({ context }, params: { step: RoomsStep }) => findStepErrors(params.step, context) }),
    clearErrors: assign({ errors: [] }),
    saveToWorkspace: enqueueActions(({ context, enqueue }, params: { part: WorkspacePart }) => {
      const patch = buildWorkspacePatch(params.part, context);
      // Each patch part is whole, so a shallow merge is this copy's update; the host validates what it stores.
      enqueue.assign({ workspace: { ...context.workspace, ...patch } });
      enqueue.emit(workspaceUpdate(patch));
    }),
  },
}).createMachine({
  id: 'rooms',
  context: ({ input }) => createRoomsContext(input.workspace),
  initial: 'start',
  on: {
    'step.goto': stepGotoTransitions(roomsSteps).map((transition) => ({ ...transition, actions: 'clearErrors' as const })),
    'workspace.loaded': { actions: assign({ workspace: ({ event }) => event.workspace }) },
    'room.add': { actions: assign({ rooms: ({ context }) => [...context.rooms, createRoomDraft(context.rooms.at(-1))] }) },
    'room.remove': { actions: assign({ rooms: ({ context, event }) => context.rooms.filter((_, index) => index !== event.index) }) },
    'room.set': {
      actions: assign({
        rooms: ({ context, event }) => context.rooms.map((room, index) => (index === event.index ? { ...room, [event.key]: event.value } : room)),
      }),
    },
    'choice.set': {
      actions: assign({
        choices: ({ context, event }) => {
          // The first change to a level starts from what the screen showed: the suggestion.
          const current = resolveChoices(context).find((entry) => entry.level === event.level)?.roomNames ?? [];
          const without = current.filter((name) => name !== event.roomName);
          return { ...context.choices, [event.level]: event.isChosen ? [...without, event.roomName] : without };
        },
      }),
    },
    'choices.suggest': { actions: assign({ choices: {} }) },
  },
  states: {
    start: {
      on: checkedStepTransitions('start', 'rooms', null),
    },
    rooms: {
      on: checkedStepTransitions('rooms', 'allocation', 'start', [{ type: 'saveToWorkspace', params: { part: 'rooms' } }]),
    },
    allocation: {
      on: checkedStepTransitions('allocation', 'review', 'rooms', [{ type: 'saveToWorkspace', params: { part: 'roomPlan' } }]),
    },
    review: {
      on: { 'step.next': { target: 'result' }, 'step.back': { target: 'allocation' } },
    },
    result: {
      on: { 'step.back': { target: 'review' } },
    },
    roomPlan: {
      on: { 'step.back': { target: 'result' } },
    },
  },
});
