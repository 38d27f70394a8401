/**
 * The score review wizard (成绩复查申请): the plan and its publication period, the
 * deadline with both of the manual's limits, the students and what to review, the
 * school's contact, and the 成绩复查表 with the mail to send it. See README.md.
 */
import { assertEvent, assign, setup } from 'xstate';
import { toLocalIsoDate } from '../../src/domain/calendar/dates';
import type { ObjectiveSubjectAnswer, ReviewReasonKey, SubjectKind } from '../../src/domain/scores/schema';
import { taskActions } from '../kit/progress-task';
import type { StepEvent, WizardInput, WorkspaceLoadedEvent } from '../kit/wizard-machine';
import { importScoresTask, reportScoreImport, scoreImportStates, type ScoreImport, type ScoreImportEvent } from '../shared/scores/score-import';
import type { ScoreColumn } from '../shared/scores/score-rows';
import { createReviewContext, fillFromWorkspace } from './context';
import type { ReviewContext } from './context-schema';
import { recordFiled, toReviewRequest } from './request';
import { createStudentForm, reviewSteps as steps, type ReviewField, type StudentForm } from './steps';

/** Events of the review wizard besides navigation. */
export type ReviewEvent =
  | StepEvent
  | WorkspaceLoadedEvent
  | ScoreImportEvent
  | { type: 'answer.set'; field: ReviewField; value: string }
  | { type: 'student.add'; student?: Partial<StudentForm> }
  | { type: 'student.remove'; index: number }
  | { type: 'student.set'; index: number; column: ScoreColumn; value: string }
  | { type: 'student.reason'; index: number; kind: SubjectKind; reason: ReviewReasonKey | '' }
  /** The user's answer to which subject is computer-marked (`objectiveSubjectQuestion`). */
  | { type: 'objectiveSubject.set'; value: ObjectiveSubjectAnswer }
  | { type: 'request.markSent' };

/** Input: the workspace, and the day the request is sent by default (tests fix it; the browser uses the local date). */
export type ReviewInput = WizardInput & { today?: string };

const updateStudent = (students: StudentForm[], index: number, change: (student: StudentForm) => StudentForm) =>
  students.map((student, position) => (position === index ? change(student) : student));

/** The review wizard's flow: one state per screen, with the score import running inside the students screen. */
export const reviewMachine = setup({
  types: { context: {} as ReviewContext, events: {} as ReviewEvent, input: {} as ReviewInput },
  // Reading code (SheetJS, the CSV parser) loads only when the user pastes or chooses a file.
  actors: { importScores: importScoresTask },
  guards: steps.guards,
  actions: {
    ...steps.actions,
    ...taskActions<ReviewContext>(),
    addImportedScores: assign(({ context }, found: ScoreImport) => ({
      students: [...context.students, ...found.rows.map((row) => createStudentForm(row))],
      ...reportScoreImport(context.pasted, found),
    })),
  },
}).createMachine({
  id: 'review',
  context: ({ input }) => createReviewContext(input.workspace, input.today ?? toLocalIsoDate(new Date())),
  initial: 'plan',
  on: {
    'step.goto': steps.gotoTransitions,
    'workspace.loaded': { actions: assign(({ context, event }) => ({ workspace: event.workspace, form: fillFromWorkspace(context.form, event.workspace) })) },
    'answer.set': { actions: assign({ form: ({ context, event }) => ({ ...context.form, [event.field]: event.value }) }) },
  },
  states: {
    plan: { on: steps.checkedTransitions('plan', 'deadline', null) },
    deadline: { on: steps.checkedTransitions('deadline', 'students', 'plan') },
    students: {
      ...scoreImportStates(({ event }: { event: ReviewEvent }) => {
        assertEvent(event, 'scores.read');
        return event.source;
      }),
      on: {
        ...steps.checkedTransitions('students', 'reasons', 'deadline'),
        'student.add': { actions: assign({ students: ({ context, event }) => [...context.students, createStudentForm(event.student)] }) },
        'student.remove': { actions: assign({ students: ({ context, event }) => context.students.filter((_, index) => index !== event.index) }) },
        'student.set': { actions: assign({ students: ({ context, event }) => updateStudent(context.students, event.index, (student) => ({ ...student, [event.column]: event.value })) }) },
        'paste.set': { actions: assign({ pasted: ({ event }) => event.text }) },
      },
    },
    reasons: {
      on: {
        ...steps.checkedTransitions('reasons', 'contact', 'students'),
        'objectiveSubject.set': { actions: assign({ objectiveSubject: ({ event }) => event.value }) },
        'student.reason': {
          actions: assign({ students: ({ context, event }) => updateStudent(context.students, event.index, (student) => ({ ...student, reasons: { ...student.reasons, [event.kind]: event.reason } })) }),
        },
      },
    },
    contact: { on: steps.checkedTransitions('contact', 'check', 'reasons') },
    check: { on: steps.checkedTransitions('check', 'result', 'contact') },
    result: {
      // Sent requests are remembered per plan, so a second request for the same student is refused.
      on: { 'step.back': { target: 'check' }, 'request.markSent': { actions: assign({ filed: ({ context }) => recordFiled(toReviewRequest(context), context.filed) }) } },
    },
  },
});
