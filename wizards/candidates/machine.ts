/**
 * The candidate import wizard's flow: 学校 → 名单来源 → (上传 | 粘贴 → 读取 → 列对应)
 * or 填写表格 → 拼音写法 → 检查 → 检查结果 → 试点专业 → 院校/社会考生 → 核对 → 生成文件.
 * Rules live in src/domain/candidates, data changes in steps.ts, files in output.ts.
 */
import { assign, emit, setup } from 'xstate';
import type { CandidateColumnKey, CandidateType } from '../../src/domain/candidates/schema';
import type { TableCheck } from '../../src/domain/candidates/check-table';
import type { UmlautStyle } from '../../src/domain/pinyin/schema';
import { fromProgressTask, type ProgressTaskEvent } from '../kit/progress-task';
import { busyTag, stepGotoTransitions, workspaceUpdate, type StepEvent, type WizardInput, type WorkspaceLoadedEvent } from '../kit/wizard-machine';
import { createEmptyRow, createInitialContext, initialTableRows, type CandidatesContext, type SourceTable } from './context';
import { selectRecords } from './selectors';
import {
  applyMapping,
  createMapping,
  dropEmptyRows,
  mergeChanges,
  parsePilot,
  validateMapping,
  validateReview,
  validateSchool,
  validateSourceKind,
  validateTypedRows,
} from './steps';
import { checkRows, readSource, type ReadInput } from './tasks';

/** Every screen of the wizard, in order. */
export const candidateSteps = ['school', 'source', 'upload', 'paste', 'entry', 'mapping', 'umlaut', 'review', 'pilot', 'classify', 'answers', 'result'] as const;
export type CandidateStep = (typeof candidateSteps)[number];

/** Events of the candidate wizard. */
export type CandidatesEvent =
  | StepEvent
  | WorkspaceLoadedEvent
  | { type: 'school.set'; value: string }
  | { type: 'source.choose'; kind: 'file' | 'paste' | 'table' }
  | { type: 'file.choose'; file: File }
  | { type: 'paste.set'; text: string }
  | { type: 'mapping.set'; index: number; key: CandidateColumnKey | null }
  | { type: 'fill.set'; column: CandidateColumnKey; value: string }
  | { type: 'umlaut.set'; style: UmlautStyle }
  | { type: 'row.edit'; rowId: number; column: CandidateColumnKey; value: string }
  | { type: 'row.add' }
  | { type: 'row.delete'; rowId: number }
  | { type: 'check.run' }
  | { type: 'failedRows.exclude'; value: boolean }
  | { type: 'pilot.setIsPilotSchool'; value: boolean }
  | { type: 'pilot.setMajors'; text: string }
  | { type: 'pilot.setScale'; text: string }
  | { type: 'candidate.move'; rowId: number; to: CandidateType }
  | { type: 'task.cancel' }
  | ProgressTaskEvent<SourceTable>
  | ProgressTaskEvent<TableCheck>;

/** Return whether the user may jump to a step (browser Back/Forward, 修改 links) with the context as it is. */
export function canEnterStep(context: CandidatesContext, step: string): boolean {
  const hasChecked = context.check !== null && validateReview(context).length === 0;
  switch (step as CandidateStep) {
    case 'school':
      return true;
    case 'source':
      return validateSchool(context).length === 0;
    case 'upload':
    case 'paste':
    case 'entry':
      return context.sourceKind === { upload: 'file', paste: 'paste', entry: 'table' }[step as 'upload'];
    case 'mapping':
      return context.source !== null && context.sourceKind !== 'table';
    case 'umlaut':
      return context.rows.length > 0;
    case 'review':
      return context.check !== null;
    case 'pilot':
      return hasChecked;
    case 'classify':
    case 'answers':
    case 'result':
      return hasChecked && parsePilot(context).errors.length === 0;
    default:
      return false;
  }
}

const editRows = (context: CandidatesContext, update: (rows: CandidatesContext['rows']) => CandidatesContext['rows']) => ({
  rows: update(context.rows),
  check: context.check && { ...context.check, isStale: true },
});

export const candidatesMachine = setup({
  types: {
    context: {} as CandidatesContext,
    events: {} as CandidatesEvent,
    input: {} as WizardInput,
    emitted: {} as ReturnType<typeof workspaceUpdate>,
  },
  actors: {
    readSource: fromProgressTask(readSource),
    checkRows: fromProgressTask(checkRows),
  },
  guards: {
    canEnterStep: ({ context, event }, params: { step: string }) => event.type === 'step.goto' && event.step === params.step && canEnterStep(context, params.step),
    isSchoolValid: ({ context }) => validateSchool(context).length === 0,
    isSourceKindValid: ({ context }) => validateSourceKind(context).length === 0,
    isFileSource: ({ context }) => context.sourceKind === 'file',
    hasSource: ({ context }) => context.source !== null,
    isPasteSource: ({ context }) => context.sourceKind === 'paste',
    isPasteFilled: ({ context }) => context.pasteText.trim() !== '',
    isMappingValid: ({ context }) => validateMapping(context).length === 0,
    areTypedRowsValid: ({ context }) => validateTypedRows(context).length === 0,
    isTableSource: ({ context }) => context.sourceKind === 'table',
    hasCheck: ({ context }) => context.check !== null,
    isReviewValid: ({ context }) => validateReview(context).length === 0,
    isPilotValid: ({ context }) => parsePilot(context).errors.length === 0,
  },
  actions: {
    clearErrors: assign({ errors: [], taskError: null, progress: null }),
    showSchoolErrors: assign({ errors: ({ context }) => validateSchool(context) }),
    showSourceKindErrors: assign({ errors: ({ context }) => validateSourceKind(context) }),
    showPasteEmpty: assign({ errors: [{ field: 'pasteText', message: '粘贴框是空的：请从表格中复制学生名单（包括表头）后粘贴' }] }),
    showMappingErrors: assign({ errors: ({ context }) => validateMapping(context) }),
    showTypedRowsErrors: assign({ errors: ({ context }) => validateTypedRows(context) }),
    showReviewErrors: assign({ errors: ({ context }) => validateReview(context) }),
    showPilotErrors: assign({ errors: ({ context }) => parsePilot(context).errors }),
    showTaskError: assign({ taskError: ({ event }) => (event.type === 'task.error' ? event.message : null), progress: null }),
    trackProgress: assign({ progress: ({ event }) => (event.type === 'task.progress' ? { done: event.done, total: event.total } : null) }),
    saveSchool: emit(({ context }) => workspaceUpdate({ school: { name: context.schoolName.trim() } })),
    savePilot: emit(({ context }) => workspaceUpdate({ pilot: parsePilot(context).pilot })),
    saveCandidates: emit(({ context }) => workspaceUpdate({ candidates: selectRecords(context) })),
  },
}).createMachine({
  id: 'candidates',
  context: ({ input }) => createInitialContext(input.workspace),
  initial: 'school',
  on: {
    'step.goto': stepGotoTransitions(candidateSteps),
    'workspace.loaded': {
      // Only fill what is still empty here, and only when there is something to take (no needless autosave).
      guard: ({ context, event }) =>
        (context.schoolName === '' && event.workspace.school.name !== '') || (context.pilotMajorsText === '' && event.workspace.pilot.majors.length > 0),
      actions: assign(({ context, event }) => ({
        schoolName: context.schoolName || event.workspace.school.name,
        ...(context.pilotMajorsText === '' && event.workspace.pilot.majors.length > 0 ? pickPilot(event.workspace) : {}),
      })),
    },
  },
  states: {
    school: {
      entry: 'clearErrors',
      on: {
        'school.set': { actions: assign({ schoolName: ({ event }) => event.value }) },
        'step.next': [{ guard: 'isSchoolValid', target: 'source', actions: 'saveSchool' }, { actions: 'showSchoolErrors' }],
      },
    },
    source: {
      entry: 'clearErrors',
      on: {
        'source.choose': { actions: assign({ sourceKind: ({ event }) => event.kind }) },
        'step.back': 'school',
        'step.next': [
          { guard: 'isFileSource', target: 'upload' },
          { guard: 'isPasteSource', target: 'paste' },
          {
            guard: 'isSourceKindValid',
            target: 'entry',
            actions: assign(({ context }) =>
              context.rows.length > 0 ? {} : { rows: Array.from({ length: initialTableRows }, (_, index) => createEmptyRow(index + 1)), nextRowId: initialTableRows + 1 },
            ),
          },
          { actions: 'showSourceKindErrors' },
        ],
      },
    },
    upload: {
      entry: assign({ errors: [], progress: null }),
      on: {
        'step.back': 'source',
        'file.choose': 'reading',
        'step.next': [{ guard: 'hasSource', target: 'mapping' }, { actions: assign({ errors: [{ field: 'sourceFile', message: '请选择学生名单文件' }] }) }],
      },
    },
    paste: {
      entry: assign({ errors: [], progress: null }),
      on: {
        'paste.set': { actions: assign({ pasteText: ({ event }) => event.text }) },
        'step.back': 'source',
        'step.next': [{ guard: 'isPasteFilled', target: 'reading' }, { actions: 'showPasteEmpty' }],
      },
    },
    reading: {
      tags: [busyTag],
      invoke: {
        src: 'readSource',
        input: ({ context, event }): ReadInput => (event.type === 'file.choose' ? { kind: 'file', file: event.file } : { kind: 'paste', text: context.pasteText }),
      },
      on: {
        'task.progress': { actions: 'trackProgress' },
        'task.done': {
          target: 'mapping',
          actions: assign(({ event }) => {
            const source = (event as { output: SourceTable }).output;
            return { source, mapping: createMapping(source), fillValues: {}, check: null, changes: [], moves: {} };
          }),
        },
        'task.error': [{ guard: 'isFileSource', target: 'upload', actions: 'showTaskError' }, { target: 'paste', actions: 'showTaskError' }],
        'task.cancel': [{ guard: 'isFileSource', target: 'upload' }, { target: 'paste' }],
      },
    },
    mapping: {
      entry: 'clearErrors',
      on: {
        'mapping.set': { actions: assign({ mapping: ({ context, event }) => context.mapping.map((key, index) => (index === event.index ? event.key : key)) }) },
        'fill.set': { actions: assign({ fillValues: ({ context, event }) => ({ ...context.fillValues, [event.column]: event.value }) }) },
        'step.back': [{ guard: 'isFileSource', target: 'upload' }, { target: 'paste' }],
        'step.next': [
          { guard: 'isMappingValid', target: 'umlaut', actions: assign(({ context }) => ({ ...applyMapping(context), check: null, changes: [], moves: {} })) },
          { actions: 'showMappingErrors' },
        ],
      },
    },
    entry: {
      entry: 'clearErrors',
      on: {
        'row.edit': { actions: assign(({ context, event }) => editRows(context, (rows) => rows.map((row) => (row.id === event.rowId ? { ...row, values: { ...row.values, [event.column]: event.value } } : row)))) },
        'row.add': { actions: assign(({ context }) => ({ rows: [...context.rows, createEmptyRow(context.nextRowId)], nextRowId: context.nextRowId + 1 })) },
        'row.delete': { actions: assign(({ context, event }) => editRows(context, (rows) => rows.filter((row) => row.id !== event.rowId))) },
        'step.back': 'source',
        'step.next': [
          { guard: 'areTypedRowsValid', target: 'umlaut', actions: assign(({ context }) => ({ rows: dropEmptyRows(context.rows), check: null, lostDigits: [] })) },
          { actions: 'showTypedRowsErrors' },
        ],
      },
    },
    umlaut: {
      entry: 'clearErrors',
      on: {
        'umlaut.set': { actions: assign({ umlautStyle: ({ event }) => event.style }) },
        'step.back': [{ guard: 'isTableSource', target: 'entry' }, { target: 'mapping' }],
        'step.next': 'checking',
      },
    },
    checking: {
      tags: [busyTag],
      invoke: {
        src: 'checkRows',
        input: ({ context }) => ({ rows: context.rows, umlautStyle: context.umlautStyle, lostDigits: context.lostDigits }),
      },
      on: {
        'task.progress': { actions: 'trackProgress' },
        'task.done': {
          target: 'review',
          actions: assign(({ context, event }) => {
            const output = (event as { output: TableCheck }).output;
            return { rows: output.rows, changes: mergeChanges(context.changes, output.changes), check: { issues: output.issues, isStale: false }, progress: null };
          }),
        },
        'task.error': [{ guard: 'hasCheck', target: 'review', actions: 'showTaskError' }, { target: 'umlaut', actions: 'showTaskError' }],
        'task.cancel': [{ guard: 'hasCheck', target: 'review' }, { target: 'umlaut' }],
      },
    },
    review: {
      entry: assign({ errors: [], progress: null }),
      on: {
        'row.edit': {
          actions: assign(({ context, event }) => ({
            ...editRows(context, (rows) => rows.map((row) => (row.id === event.rowId ? { ...row, values: { ...row.values, [event.column]: event.value } } : row))),
            lostDigits: context.lostDigits.filter((cell) => !(cell.rowId === event.rowId && cell.column === event.column)),
          })),
        },
        'row.delete': { actions: assign(({ context, event }) => editRows(context, (rows) => rows.filter((row) => row.id !== event.rowId))) },
        'failedRows.exclude': { actions: assign({ isExcludingFailedRows: ({ event }) => event.value }) },
        'check.run': 'checking',
        'step.back': 'umlaut',
        'step.next': [{ guard: 'isReviewValid', target: 'pilot' }, { actions: 'showReviewErrors' }],
      },
    },
    pilot: {
      entry: 'clearErrors',
      on: {
        'pilot.setIsPilotSchool': { actions: assign({ pilot: ({ context, event }) => ({ ...context.pilot, isPilotSchool: event.value }) }) },
        'pilot.setMajors': { actions: assign({ pilotMajorsText: ({ event }) => event.text }) },
        'pilot.setScale': { actions: assign({ approvedScaleText: ({ event }) => event.text }) },
        'step.back': 'review',
        'step.next': [
          { guard: 'isPilotValid', target: 'classify', actions: [assign({ pilot: ({ context }) => parsePilot(context).pilot }), 'savePilot'] },
          { actions: 'showPilotErrors' },
        ],
      },
    },
    classify: {
      entry: 'clearErrors',
      on: {
        'candidate.move': { actions: assign({ moves: ({ context, event }) => ({ ...context.moves, [event.rowId]: event.to }) }) },
        'step.back': 'pilot',
        'step.next': 'answers',
      },
    },
    answers: {
      entry: 'clearErrors',
      on: { 'step.back': 'classify', 'step.next': { target: 'result', actions: 'saveCandidates' } },
    },
    result: {
      entry: 'clearErrors',
      on: { 'step.back': 'answers' },
    },
  },
});

function pickPilot(workspace: WizardInput['workspace']): Partial<CandidatesContext> {
  const fresh = createInitialContext(workspace);
  return { pilot: fresh.pilot, pilotMajorsText: fresh.pilotMajorsText, approvedScaleText: fresh.approvedScaleText };
}
