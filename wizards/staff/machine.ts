/**
 * 监考与考务人员: the teachers and their roles, the proctors of each room, then
 * the roster and the proctor list (手册 第三章 六, 第四章 开头). One state per screen;
 * navigation, checks and saving come from the step list (steps.ts).
 */
import { assign, setup } from 'xstate';
import type { Level } from '../../src/domain/certificate/schema';
import type { TeacherDraft } from '../../src/domain/staffing/checks';
import type { TeacherRole } from '../../src/domain/staffing/schema';
import type { StepEvent, WizardInput, WorkspaceLoadedEvent, WorkspaceUpdateEmitted } from '../kit/wizard-machine';
import { createStaffContext, createTeacherDraft } from './context';
import type { StaffContext } from './context-schema';
import { resolveAssignments, staffSteps as steps } from './steps';

/** Events of the staff wizard besides navigation. */
export type StaffEvent =
  | StepEvent
  | WorkspaceLoadedEvent
  | { type: 'teacher.add' }
  | { type: 'teacher.remove'; index: number }
  | { type: 'teacher.set'; index: number; key: Exclude<keyof TeacherDraft, 'role'>; value: string }
  | { type: 'teacher.setRole'; index: number; role: TeacherRole }
  | { type: 'assignment.set'; roomName: string; level: Level; position: number; name: string }
  | { type: 'assignments.auto' };

/** The staff wizard's machine. */
export const staffMachine = setup({
  types: {
    context: {} as StaffContext,
    events: {} as StaffEvent,
    input: {} as WizardInput,
    emitted: {} as WorkspaceUpdateEmitted,
  },
  guards: steps.guards,
  actions: steps.actions,
}).createMachine({
  id: 'staff',
  context: ({ input }) => createStaffContext(input.workspace),
  initial: 'start',
  on: {
    'step.goto': steps.gotoTransitions,
    'workspace.loaded': { actions: assign({ workspace: ({ event }) => event.workspace }) },
    'teacher.add': { actions: assign({ teachers: ({ context }) => [...context.teachers, createTeacherDraft()] }) },
    'teacher.remove': { actions: assign({ teachers: ({ context, event }) => context.teachers.filter((_, index) => index !== event.index) }) },
    'teacher.set': {
      actions: assign({
        teachers: ({ context, event }) =>
          context.teachers.map((teacher, index) => (index === event.index ? { ...teacher, [event.key]: event.value } : teacher)),
      }),
    },
    'teacher.setRole': {
      actions: assign({
        teachers: ({ context, event }) =>
          context.teachers.map((teacher, index) => (index === event.index ? { ...teacher, role: event.role } : teacher)),
      }),
    },
    'assignment.set': {
      actions: assign({
        // The first change freezes the whole automatic assignment, so other rooms do not move under the user.
        assignments: ({ context, event }) =>
          resolveAssignments(context).map((entry) => {
            if (entry.roomName !== event.roomName || entry.level !== event.level) return entry;
            const proctors = [...entry.proctors];
            proctors[event.position] = event.name;
            return { ...entry, proctors: proctors.filter(Boolean) };
          }),
      }),
    },
    'assignments.auto': { actions: assign({ assignments: null }) },
  },
  states: {
    start: { on: steps.checkedTransitions('start', 'teachers', null) },
    teachers: { on: steps.checkedTransitions('teachers', 'assignment', 'start') },
    assignment: { on: steps.checkedTransitions('assignment', 'review', 'teachers') },
    review: { on: { 'step.next': { target: 'result' }, 'step.back': { target: 'assignment' } } },
    result: { on: { 'step.back': { target: 'review' } } },
    roster: { on: { 'step.back': { target: 'result' } } },
  },
});
