/**
 * The score review wizard (成绩复查申请): the plan and its publication period, the
 * deadline with both of the manual's limits, the students and what to review, the
 * school's contact, and the 成绩复查表 with the mail to send it. See README.md.
 */
import { assign, setup } from 'xstate';
import { toLocalIsoDate } from '../../src/domain/calendar/rules';
import type { ReviewReasonKey, SubjectKind } from '../../src/domain/scores/schema';
import type { CandidateRecord } from '../../src/domain/candidates/schema';
import type { Workspace } from '../../src/domain/workspace/schema';
import { fromProgressTask, type ProgressTaskEvent } from '../kit/progress-task';
import { busyTag, checkedStepTransitions, stepGotoTransitions, type FieldError, type StepEvent, type WizardInput, type WorkspaceLoadedEvent } from '../kit/wizard-machine';
import type { ImportReport, ScoreImport, ScoreSource } from './import-scores';
import type { ScoreColumn } from './score-rows';
import { recordFiled, toReviewRequest } from './request';
import {
  canReachReviewStep,
  createStudentForm,
  reviewSteps,
  validateReviewStep,
  type ReviewField,
  type ReviewForm,
  type ReviewStep,
  type StudentForm,
} from './form';

/** What the machine keeps: answers as typed, the students, what was sent before, errors, and workspace students to pick from. */
export interface ReviewContext {
  form: ReviewForm;
  students: StudentForm[];
  filed: Record<string, string[]>;
  errors: FieldError[];
  /** Students of the school workspace, offered for adding (name and 证件号码 only). */
  known: { name: string; idNumber: string }[];
  /** The paste box, kept until its content is read without a problem. */
  pasted: string;
  /** What the last import found (its rows are already in `students`), or why it failed. */
  lastImport: ImportReport | null;
}


/** Events of the review wizard besides navigation. */
export type ReviewEvent =
  | StepEvent
  | WorkspaceLoadedEvent
  | { type: 'answer.set'; field: ReviewField; value: string }
  | { type: 'student.add'; student?: Partial<StudentForm> }
  | { type: 'student.remove'; index: number }
  | { type: 'student.set'; index: number; column: ScoreColumn; value: string }
  | { type: 'student.reason'; index: number; kind: SubjectKind; reason: ReviewReasonKey | '' }
  | { type: 'paste.set'; text: string }
  | { type: 'scores.read'; source: ScoreSource }
  | { type: 'scores.cancel' }
  | ProgressTaskEvent<ScoreImport>
  | { type: 'request.markSent' };

/** The school opinion offered to start from; the school may change it. */
export const defaultOpinion = '经核对，以上考生信息属实，同意申请成绩复查。';

const knownStudents = (candidates: readonly CandidateRecord[]) => candidates.map((candidate) => ({ name: candidate.name, idNumber: candidate.documentNumber }));

function contextFromWorkspace(workspace: Workspace, today: string): ReviewContext {
  return {
    form: {
      planName: workspace.examPlan.name,
      publicationStart: workspace.examPlan.scorePublication?.start ?? '',
      publicationEnd: workspace.examPlan.scorePublication?.end ?? '',
      requestDate: today,
      schoolName: workspace.school.name,
      officer: '',
      contact: '',
      opinion: defaultOpinion,
    },
    students: [],
    filed: {},
    errors: [],
    known: knownStudents(workspace.candidates),
    pasted: '',
    lastImport: null,
  };
}

const updateStudent = (students: StudentForm[], index: number, change: (student: StudentForm) => StudentForm) =>
  students.map((student, position) => (position === index ? change(student) : student));

/** The review wizard's flow: one state per screen, with the score import running inside the students screen. */
export const reviewMachine = setup({
  types: { context: {} as ReviewContext, events: {} as ReviewEvent, input: {} as WizardInput },
  // Reading code (SheetJS, the CSV parser) loads only when the user pastes or chooses a file.
  actors: { importScores: fromProgressTask<ScoreSource, ScoreImport>(async (...args) => (await import('./import-scores')).importScores(...args)) },
  guards: {
    isStepValid: ({ context }, { step }: { step: ReviewStep }) => validateReviewStep(step, context).length === 0,
    canEnterStep: ({ context, event }, { step }: { step: string }) => event.type === 'step.goto' && event.step === step && canReachReviewStep(step as ReviewStep, context),
  },
  actions: {
    clearErrors: assign({ errors: [] as FieldError[] }),
    showErrors: assign({ errors: ({ context }, { step }: { step: ReviewStep }) => validateReviewStep(step, context) }),
    setAnswer: assign({ form: ({ context, event }) => (event.type === 'answer.set' ? { ...context.form, [event.field]: event.value } : context.form) }),
    addStudent: assign({ students: ({ context, event }) => (event.type === 'student.add' ? [...context.students, createStudentForm(event.student)] : context.students) }),
    removeStudent: assign({ students: ({ context, event }) => (event.type === 'student.remove' ? context.students.filter((_, index) => index !== event.index) : context.students) }),
    setStudent: assign({
      students: ({ context, event }) => (event.type === 'student.set' ? updateStudent(context.students, event.index, (student) => ({ ...student, [event.column]: event.value })) : context.students),
    }),
    setReason: assign({
      students: ({ context, event }) =>
        event.type === 'student.reason' ? updateStudent(context.students, event.index, (student) => ({ ...student, reasons: { ...student.reasons, [event.kind]: event.reason } })) : context.students,
    }),
    addImported: assign(({ context, event }) => {
      if (event.type !== 'task.done') return {};
      const { rows, ...report } = event.output;
      return {
        students: [...context.students, ...rows.map((row) => createStudentForm(row))],
        // A paste with problems stays in the box to be fixed; a clean one is cleared.
        pasted: report.problems.length ? context.pasted : '',
        lastImport: { ok: true as const, ...report, added: rows.length },
      };
    }),
    reportImportFailure: assign({ lastImport: ({ event }) => (event.type === 'task.error' ? { ok: false as const, message: event.message } : null) }),
    markSent: assign({ filed: ({ context }) => recordFiled(toReviewRequest(context), context.filed) }),
    loadWorkspace: assign(({ context, event }) => {
      if (event.type !== 'workspace.loaded') return {};
      const { workspace } = event;
      return {
        known: knownStudents(workspace.candidates),
        form: {
          ...context.form,
          planName: context.form.planName || workspace.examPlan.name,
          // The period the plan shows (「成绩公示时间」), when the school copied it into the workspace; what was typed wins.
          publicationStart: context.form.publicationStart || (workspace.examPlan.scorePublication?.start ?? ''),
          publicationEnd: context.form.publicationEnd || (workspace.examPlan.scorePublication?.end ?? ''),
          schoolName: context.form.schoolName || workspace.school.name,
        },
      };
    }),
  },
}).createMachine({
  id: 'review',
  context: ({ input }) => contextFromWorkspace(input.workspace, toLocalIsoDate(new Date())),
  initial: 'plan',
  on: {
    'answer.set': { actions: 'setAnswer' },
    'workspace.loaded': { actions: 'loadWorkspace' },
    'step.goto': stepGotoTransitions(reviewSteps).map((transition) => ({ ...transition, actions: 'clearErrors' as const })),
  },
  states: {
    plan: { on: checkedStepTransitions('plan', 'deadline', null) },
    deadline: { on: checkedStepTransitions('deadline', 'students', 'plan') },
    students: {
      initial: 'editing',
      states: {
        editing: { on: { 'scores.read': 'reading' } },
        reading: {
          tags: [busyTag],
          invoke: { src: 'importScores', input: ({ event }) => (event as Extract<ReviewEvent, { type: 'scores.read' }>).source },
          on: {
            'task.done': { target: 'editing', actions: 'addImported' },
            'task.error': { target: 'editing', actions: 'reportImportFailure' },
            'scores.cancel': 'editing',
          },
        },
      },
      on: {
        ...checkedStepTransitions('students', 'reasons', 'deadline'),
        'student.add': { actions: 'addStudent' },
        'student.remove': { actions: 'removeStudent' },
        'student.set': { actions: 'setStudent' },
        'paste.set': { actions: assign({ pasted: ({ event }) => event.text }) },
      },
    },
    reasons: { on: { ...checkedStepTransitions('reasons', 'contact', 'students'), 'student.reason': { actions: 'setReason' } } },
    contact: { on: checkedStepTransitions('contact', 'check', 'reasons') },
    check: { on: { 'step.next': 'result', 'step.back': 'contact' } },
    result: {
      // Sent requests are remembered per plan, so a second request for the same student is refused.
      on: { 'step.back': 'check', 'request.markSent': { actions: 'markSent' } },
    },
  },
});
