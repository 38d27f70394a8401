/**
 * The certificate wizard (证书签发准备): scores in, results by level with the pass list,
 * the responsible person's signature stamp, and the signing and issuing checklist.
 * See README.md beside this file.
 */
import { assertEvent, assign, setup } from 'xstate';
import { fromProgressTask, taskActions } from '../kit/progress-task';
import { busyTag, type StepEvent, type WizardInput, type WorkspaceLoadedEvent } from '../kit/wizard-machine';
import { importScoresTask, reportScoreImport, scoreImportStates, type ScoreImport, type ScoreImportEvent } from '../shared/scores/score-import';
import { createScoreRow, type ScoreColumn, type ScoreRowForm } from '../shared/scores/score-rows';
import { createCertificatesContext } from './context';
import type { CertificatesContext, IssuanceItem, PreparedStamp } from './context-schema';
import { certificatesSteps as steps, stampFileField } from './steps';

/** Events of the certificate wizard besides navigation. */
export type CertificatesEvent =
  | StepEvent
  | WorkspaceLoadedEvent
  | ScoreImportEvent
  | { type: 'row.add'; row?: Partial<ScoreRowForm> }
  /** Several rows at once: the plan's students from the workspace (`AddPlanStudents`). */
  | { type: 'rows.add'; rows: ReadonlyArray<Partial<ScoreRowForm>> }
  | { type: 'row.remove'; index: number }
  | { type: 'row.set'; index: number; column: ScoreColumn; value: string }
  | { type: 'stamp.choose'; picture: File }
  | { type: 'stamp.cancel' }
  | { type: 'checklist.tick'; item: IssuanceItem; checked: boolean };

/** The certificate wizard's flow: scores (with their import), results, the stamp (with its worker), the checklist. */
export const certificatesMachine = setup({
  types: { context: {} as CertificatesContext, events: {} as CertificatesEvent, input: {} as WizardInput },
  actors: {
    // Both tasks load their code only when the user starts them.
    prepareStamp: fromProgressTask<File, PreparedStamp>(async (picture, _report, signal) => (await import('./prepare-stamp')).prepareStamp(picture, signal)),
    importScores: importScoresTask,
  },
  guards: steps.guards,
  actions: {
    ...steps.actions,
    ...taskActions<CertificatesContext>(),
    addImportedScores: assign(({ context }, found: ScoreImport) => ({ rows: [...context.rows, ...found.rows], ...reportScoreImport(context.pasted, found) })),
  },
}).createMachine({
  id: 'certificates',
  context: ({ input }) => createCertificatesContext(input.workspace),
  initial: 'scores',
  on: {
    'step.goto': steps.gotoTransitions,
    'workspace.loaded': { actions: assign({ workspace: ({ event }) => event.workspace }) },
    'checklist.tick': {
      actions: assign({
        checklist: ({ context, event }) => (event.checked ? [...new Set([...context.checklist, event.item])] : context.checklist.filter((item) => item !== event.item)),
      }),
    },
  },
  states: {
    scores: {
      ...scoreImportStates(({ event }: { event: CertificatesEvent }) => {
        assertEvent(event, 'scores.read');
        return event.source;
      }),
      on: {
        ...steps.checkedTransitions('scores', 'results', null),
        'paste.set': { actions: assign({ pasted: ({ event }) => event.text }) },
        'row.add': { actions: assign({ rows: ({ context, event }) => [...context.rows, createScoreRow(event.row)] }) },
        'rows.add': { actions: assign({ rows: ({ context, event }) => [...context.rows, ...event.rows.map((row) => createScoreRow(row))] }) },
        'row.remove': { actions: assign({ rows: ({ context, event }) => context.rows.filter((_, index) => index !== event.index) }) },
        'row.set': { actions: assign({ rows: ({ context, event }) => context.rows.map((row, index) => (index === event.index ? { ...row, [event.column]: event.value } : row)) }) },
      },
    },
    results: { on: steps.checkedTransitions('results', 'stamp', 'scores') },
    stamp: {
      initial: 'waiting',
      states: {
        waiting: { on: { 'stamp.choose': 'processing' } },
        processing: {
          tags: [busyTag],
          // A new picture starts afresh: the last one's problem no longer applies.
          entry: ['clearProgress', 'clearErrors'],
          invoke: {
            src: 'prepareStamp',
            input: ({ event }) => {
              assertEvent(event, 'stamp.choose');
              return event.picture;
            },
            onDone: { target: 'waiting', actions: assign({ stamp: ({ event }) => event.output }) },
            // The stamp made before stays: a picture that cannot be used changes nothing but the box's error.
            onError: { target: 'waiting', actions: { type: 'showTaskError', params: { field: stampFileField } } },
          },
          on: { 'stamp.cancel': 'waiting' },
        },
      },
      on: steps.checkedTransitions('stamp', 'issuance', 'results'),
    },
    issuance: { on: { 'step.back': { target: 'stamp', actions: 'clearErrors' } } },
  },
});
