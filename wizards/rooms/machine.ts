/**
 * 考场设置: the rooms and their working machines, the rooms each level uses,
 * then the room import file and the seat plan (手册 第三章 五). One state per screen;
 * navigation, checks and saving come from the step list (steps.ts).
 */
import { assign, setup } from 'xstate';
import type { Level } from '../../src/domain/certificate/schema';
import type { RoomDraft } from '../../src/domain/rooms/checks';
import type { StepEvent, WizardInput, WorkspaceLoadedEvent, WorkspaceUpdateEmitted } from '../kit/wizard-machine';
import { createRoomDraft, createRoomsContext } from './context';
import type { RoomsContext } from './context-schema';
import { resolveChoices, roomsSteps as steps } from './steps';

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
  guards: steps.guards,
  actions: steps.actions,
}).createMachine({
  id: 'rooms',
  context: ({ input }) => createRoomsContext(input.workspace),
  initial: 'start',
  on: {
    'step.goto': steps.gotoTransitions,
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
    start: { on: steps.checkedTransitions('start', 'rooms', null) },
    rooms: { on: steps.checkedTransitions('rooms', 'allocation', 'start') },
    allocation: { on: steps.checkedTransitions('allocation', 'review', 'rooms') },
    review: { on: { 'step.next': { target: 'result' }, 'step.back': { target: 'allocation' } } },
    result: { on: { 'step.back': { target: 'review' } } },
    roomPlan: { on: { 'step.back': { target: 'result' } } },
  },
});
