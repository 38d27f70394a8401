/**
 * The certificate wizard (证书签发准备): scores in, results by level with the pass list,
 * the responsible person's signature stamp, and the signing and issuing checklist.
 * See README.md beside this file.
 */
import { assign, setup } from 'xstate';
import type { CandidateRecord } from '../../src/domain/candidates/schema';
import type { Workspace } from '../../src/domain/workspace/schema';
import { busyTag, stepGotoTransitions, type FieldError, type StepEvent, type WizardInput, type WorkspaceLoadedEvent } from '../kit/wizard-machine';
import { fromProgressTask, type ProgressTaskEvent } from '../kit/progress-task';
import type { ImportReport, ScoreImport, ScoreSource } from '../review/import-scores';
import { createScoreRow, type ScoreColumn, type ScoreRowForm } from '../review/score-rows';
import { certificateSteps, validateCertificateStep, type CertificateStep, type IssuanceItem } from './form';
import type { PreparedStamp } from './prepare-stamp';

/** What the machine keeps: the score rows, the prepared stamp, the ticked checklist, and messages. */
export interface CertificateContext {
  rows: ScoreRowForm[];
  errors: FieldError[];
  /** The school's name, for file names. */
  schoolName: string;
  /** Students of the school workspace, offered as rows to type scores for. */
  known: { name: string; idNumber: string }[];
  stamp: PreparedStamp | null;
  /** Why the last picture could not be used; the previous stamp is kept. */
  stampProblem: string | null;
  checklist: IssuanceItem[];
  /** The paste box, kept until its content is read without a problem. */
  pasted: string;
  /** What the last import of a score export found, or why it failed. */
  lastImport: ImportReport | null;
}

/** Events of the certificate wizard besides navigation. */
export type CertificateEvent =
  | StepEvent
  | WorkspaceLoadedEvent
  | { type: 'row.add'; row?: Partial<ScoreRowForm> }
  | { type: 'row.remove'; index: number }
  | { type: 'row.set'; index: number; column: ScoreColumn; value: string }
  | { type: 'stamp.choose'; picture: File }
  | { type: 'stamp.cancel' }
  | { type: 'checklist.tick'; item: IssuanceItem; checked: boolean }
  | { type: 'paste.set'; text: string }
  | { type: 'scores.read'; source: ScoreSource }
  | { type: 'scores.cancel' }
  | ProgressTaskEvent<ScoreImport>
  | ProgressTaskEvent<PreparedStamp>;

const knownStudents = (candidates: readonly CandidateRecord[]) => candidates.map((candidate) => ({ name: candidate.name, idNumber: candidate.documentNumber }));

function contextFromWorkspace(workspace: Workspace): CertificateContext {
  return { rows: [], errors: [], schoolName: workspace.school.name, known: knownStudents(workspace.candidates), stamp: null, stampProblem: null, checklist: [], pasted: '', lastImport: null };
}

const back = (target: CertificateStep) => ({ 'step.back': { target, actions: 'clearErrors' as const } });

/** The certificate wizard's flow: scores (with their import), results, the stamp (with its worker), the checklist. */
export const certificateMachine = setup({
  types: { context: {} as CertificateContext, events: {} as CertificateEvent, input: {} as WizardInput },
  actors: {
    // Both tasks load their code only when the user starts them.
    prepareStamp: fromProgressTask<File, PreparedStamp>(async (picture, _report, signal) => (await import('./prepare-stamp')).prepareStamp(picture, signal)),
    importScores: fromProgressTask<ScoreSource, ScoreImport>(async (...args) => (await import('../review/import-scores')).importScores(...args)),
  },
  guards: {
    areScoresValid: ({ context }) => validateCertificateStep('scores', context.rows).length === 0,
    canEnterStep: ({ context, event }, { step }: { step: string }) =>
      event.type === 'step.goto' && event.step === step && (step === 'scores' || validateCertificateStep('scores', context.rows).length === 0),
  },
  actions: {
    clearErrors: assign({ errors: [] as FieldError[] }),
    showErrors: assign({ errors: ({ context }) => validateCertificateStep('scores', context.rows) }),
    addRow: assign({ rows: ({ context, event }) => (event.type === 'row.add' ? [...context.rows, createScoreRow(event.row)] : context.rows) }),
    removeRow: assign({ rows: ({ context, event }) => (event.type === 'row.remove' ? context.rows.filter((_, index) => index !== event.index) : context.rows) }),
    setRow: assign({
      rows: ({ context, event }) => (event.type === 'row.set' ? context.rows.map((row, index) => (index === event.index ? { ...row, [event.column]: event.value } : row)) : context.rows),
    }),
    addImported: assign(({ context, event }) => {
      if (event.type !== 'task.done' || !('rows' in event.output)) return {};
      const { rows, ...report } = event.output;
      // A paste with problems stays in the box to be fixed; a clean one is cleared.
      return { rows: [...context.rows, ...rows], pasted: report.problems.length ? context.pasted : '', lastImport: { ok: true as const, ...report, added: rows.length } };
    }),
    reportImportFailure: assign({ lastImport: ({ event }) => (event.type === 'task.error' ? { ok: false as const, message: event.message } : null) }),
    keepStamp: assign(({ event }) => (event.type === 'task.done' && 'dataUrl' in event.output ? { stamp: event.output, stampProblem: null } : {})),
    reportStampFailure: assign({ stampProblem: ({ event }) => (event.type === 'task.error' ? event.message : null) }),
    tick: assign({
      checklist: ({ context, event }) =>
        event.type !== 'checklist.tick' ? context.checklist : event.checked ? [...new Set([...context.checklist, event.item])] : context.checklist.filter((item) => item !== event.item),
    }),
    loadWorkspace: assign(({ context, event }) =>
      event.type === 'workspace.loaded' ? { known: knownStudents(event.workspace.candidates), schoolName: context.schoolName || event.workspace.school.name } : {},
    ),
  },
}).createMachine({
  id: 'certificates',
  context: ({ input }) => contextFromWorkspace(input.workspace),
  initial: 'scores',
  on: {
    'workspace.loaded': { actions: 'loadWorkspace' },
    'checklist.tick': { actions: 'tick' },
    'step.goto': stepGotoTransitions(certificateSteps).map((transition) => ({ ...transition, actions: 'clearErrors' as const })),
  },
  states: {
    scores: {
      initial: 'editing',
      states: {
        editing: { on: { 'scores.read': 'reading' } },
        reading: {
          tags: [busyTag],
          invoke: { src: 'importScores', input: ({ event }) => (event as Extract<CertificateEvent, { type: 'scores.read' }>).source },
          on: { 'task.done': { target: 'editing', actions: 'addImported' }, 'task.error': { target: 'editing', actions: 'reportImportFailure' }, 'scores.cancel': 'editing' },
        },
      },
      on: {
        'step.next': [{ guard: 'areScoresValid', target: 'results', actions: 'clearErrors' }, { actions: 'showErrors' }],
        'paste.set': { actions: assign({ pasted: ({ event }) => event.text }) },
        'row.add': { actions: 'addRow' },
        'row.remove': { actions: 'removeRow' },
        'row.set': { actions: 'setRow' },
      },
    },
    results: { on: { 'step.next': 'stamp', ...back('scores') } },
    stamp: {
      initial: 'waiting',
      states: {
        waiting: { on: { 'stamp.choose': 'processing' } },
        processing: {
          tags: [busyTag],
          invoke: {
            src: 'prepareStamp',
            input: ({ event }) => (event as Extract<CertificateEvent, { type: 'stamp.choose' }>).picture,
          },
          on: {
            'task.done': { target: 'waiting', actions: 'keepStamp' },
            'task.error': { target: 'waiting', actions: 'reportStampFailure' },
            'stamp.cancel': 'waiting',
          },
        },
      },
      on: { 'step.next': 'issuance', ...back('results') },
    },
    issuance: { on: back('stamp') },
  },
});
