/**
 * 监考与考务人员: the teachers and their roles, the proctors of each room, then
 * the roster and the proctor list (手册 第三章 六, 第四章 开头). One state per screen.
 */
import { assign, enqueueActions, setup } from 'xstate';
import type { Level } from '../../src/domain/certificate/schema';
import type { TeacherDraft } from '../../src/domain/staffing/checks';
import type { TeacherRole } from '../../src/domain/staffing/schema';
import {
  checkedStepTransitions,
  stepGotoTransitions,
  workspaceUpdate,
  type StepEvent,
  type WizardInput,
  type WorkspaceLoadedEvent,
  type WorkspaceUpdateEmitted,
} from '../kit/wizard-machine';
import { createStaffContext, createTeacherDraft, type StaffContext } from './context';
import { buildWorkspacePatch, canEnter, findStepErrors, resolveAssignments, staffSteps, type StaffStep, type WorkspacePart } from './steps';

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
  guards: {
    isStepValid: ({ context }, params: { step: StaffStep }) => findStepErrors(params.step, context).length === 0,
    canEnterStep: ({ context, event }, params: { step: string }) =>
      event.type === 'step.goto' && event.step === params.step && canEnter(params.step as StaffStep, context),
  },
  actions: {
    showErrors: assign({ errors: ({ context }, params: { step: StaffStep }) => findStepErrors(params.step, context) }),
    clearErrors: assign({ errors: [] }),
    saveToWorkspace: enqueueActions(({ context, enqueue }, params: { part: WorkspacePart }) => {
      const patch = buildWorkspacePatch(params.part, context);
      // Each patch part is whole, so a shallow merge is this copy's update; the host validates what it stores.
      enqueue.assign({ workspace: { ...context.workspace, ...patch } });
      enqueue.emit(workspaceUpdate(patch));
    }),
  },
}).createMachine({
  id: 'staff',
  context: ({ input }) => createStaffContext(input.workspace),
  initial: 'start',
  on: {
    'step.goto': stepGotoTransitions(staffSteps).map((transition) => ({ ...transition, actions: 'clearErrors' as const })),
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
    start: {
      on: checkedStepTransitions('start', 'teachers', null),
    },
    teachers: {
      on: checkedStepTransitions('teachers', 'assignment', 'start', [{ type: 'saveToWorkspace', params: { part: 'staff' } }]),
    },
    assignment: {
      on: checkedStepTransitions('assignment', 'review', 'teachers', [{ type: 'saveToWorkspace', params: { part: 'proctorAssignments' } }]),
    },
    review: {
      on: { 'step.next': { target: 'result' }, 'step.back': { target: 'assignment' } },
    },
    result: {
      on: { 'step.back': { target: 'review' } },
    },
    roster: {
      on: { 'step.back': { target: 'result' } },
    },
  },
});
