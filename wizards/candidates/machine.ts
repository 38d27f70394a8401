/**
 * The candidate import wizard's flow: 学校 → 名单来源 → (上传 | 粘贴 → 读取 → 列对应)
 * or 填写表格 → 拼音写法 → 检查 → 检查结果 → 试点专业 → 院校/社会考生 → 核对 → 生成文件.
 * Navigation comes from the step list (steps.ts); rules live in src/domain/candidates,
 * table changes in working-table.ts, the long work in tasks.ts, files in output.ts.
 */
import { assertEvent, assign, setup } from 'xstate';
import { decideConflict } from '../../src/domain/candidates/duplicates';
import type { CandidateColumnKey, CandidateType } from '../../src/domain/candidates/schema';
import type { UmlautStyle } from '../../src/domain/pinyin/schema';
import { fromProgressTask, taskActions, type TaskCancelEvent, type TaskProgressEvent } from '../kit/progress-task';
import { busyTag, type StepEvent, type WizardInput, type WorkspaceLoadedEvent, type WorkspaceUpdateEmitted } from '../kit/wizard-machine';
import { SheetChoiceNeeded } from '../shared/spreadsheet-reader/pick-sheet';
import { createInitialContext, readPilotAnswers } from './context';
import type { CandidatesContext, SourceKind } from './context-schema';
import { candidatesSteps as steps, parsePilot } from './steps';
import type { CheckInput, ReadInput } from './tasks';
import { addRow, applyMapping, deleteRow, dropEmptyRows, editCell, mergeChanges, startMapping, startTypedTable } from './working-table';

/** Events of the candidate wizard. */
export type CandidatesEvent =
  | StepEvent
  | WorkspaceLoadedEvent
  | TaskProgressEvent
  | TaskCancelEvent
  | { type: 'school.set'; value: string }
  | { type: 'source.choose'; kind: SourceKind }
  | { type: 'file.choose'; file: File; sheet?: string }
  | { type: 'paste.set'; text: string }
  | { type: 'mapping.set'; index: number; key: CandidateColumnKey | null }
  | { type: 'fill.set'; column: CandidateColumnKey; value: string }
  | { type: 'umlaut.set'; style: UmlautStyle }
  | { type: 'row.edit'; rowId: number; column: CandidateColumnKey; value: string }
  | { type: 'row.add' }
  | { type: 'row.delete'; rowId: number }
  | { type: 'check.run' }
  | { type: 'failedRows.exclude'; value: boolean }
  /** Keep one row of a group sharing a 证件号码 with different data (`keepRowId`), or none (null). */
  | { type: 'conflict.decide'; groupKey: string; keepRowId: number | null }
  | { type: 'pilot.setIsPilotSchool'; value: boolean }
  | { type: 'pilot.setMajors'; text: string }
  | { type: 'pilot.setScale'; text: string }
  | { type: 'candidate.move'; rowId: number; to: CandidateType };

/** The candidate wizard's machine. */
export const candidatesMachine = setup({
  types: {
    context: {} as CandidatesContext,
    events: {} as CandidatesEvent,
    input: {} as WizardInput,
    emitted: {} as WorkspaceUpdateEmitted,
  },
  actors: {
    // The tasks' code (the readers, the row rules, pinyin) loads when the user first reads or checks a list.
    readSource: fromProgressTask(async (input: ReadInput, report, signal) => (await import('./tasks')).readSource(input, report, signal)),
    checkRows: fromProgressTask(async (input: CheckInput, report, signal) => (await import('./tasks')).checkRows(input, report, signal)),
  },
  guards: {
    ...steps.guards,
    isSourceKind: ({ context }, params: { kind: SourceKind }) => context.sourceKind === params.kind,
    // A check from before this one: a failed or cancelled 重新检查 returns to its results.
    hasEarlierCheck: ({ context }) => context.check !== null,
  },
  actions: {
    ...steps.actions,
    ...taskActions<CandidatesContext>(),
    startTypedTable: assign(({ context }) => startTypedTable(context)),
    // A new list: row ids start again from 1, so an earlier list's conflict decisions would name other people.
    mapSourceRows: assign(({ context }) => ({ ...applyMapping(context), check: null, changes: [], moves: {}, conflictDecisions: {} })),
    keepTypedRows: assign(({ context }) => ({ rows: dropEmptyRows(context.rows), check: null, lostDigits: [] })),
    editRow: assign(({ context, event }) => {
      assertEvent(event, 'row.edit');
      return editCell(context, event.rowId, event.column, event.value);
    }),
    addRow: assign(({ context }) => addRow(context)),
    deleteRow: assign(({ context, event }) => {
      assertEvent(event, 'row.delete');
      return deleteRow(context, event.rowId);
    }),
    storePilot: assign(({ context }) => ({ pilot: parsePilot(context).pilot })),
  },
}).createMachine({
  id: 'candidates',
  context: ({ input }) => createInitialContext(input.workspace),
  initial: 'school',
  on: {
    'step.goto': steps.gotoTransitions,
    'workspace.loaded': {
      // Only fill what is still empty here, and only when there is something to take (no needless autosave).
      guard: ({ context, event }) =>
        (context.schoolName === '' && event.workspace.school.name !== '') || (context.pilotMajorsText === '' && event.workspace.pilot.majors.length > 0),
      actions: assign(({ context, event }) => ({
        schoolName: context.schoolName || event.workspace.school.name,
        ...(context.pilotMajorsText === '' && event.workspace.pilot.majors.length > 0 ? readPilotAnswers(event.workspace) : {}),
      })),
    },
  },
  states: {
    school: {
      on: {
        'school.set': { actions: assign({ schoolName: ({ event }) => event.value }) },
        ...steps.checkedTransitions('school', 'source', null),
      },
    },
    source: {
      on: {
        'source.choose': { actions: assign({ sourceKind: ({ event }) => event.kind }) },
        'step.back': { target: 'school', actions: 'clearErrors' },
        'step.next': [
          { guard: { type: 'isSourceKind', params: { kind: 'file' } }, target: 'upload', actions: 'clearErrors' },
          { guard: { type: 'isSourceKind', params: { kind: 'paste' } }, target: 'paste', actions: 'clearErrors' },
          { guard: { type: 'isSourceKind', params: { kind: 'table' } }, target: 'entry', actions: ['clearErrors', 'startTypedTable'] },
          { actions: { type: 'showErrors', params: { step: 'source' } } },
        ],
      },
    },
    upload: {
      on: {
        'file.choose': { target: 'reading', actions: ['clearErrors', assign({ sheetChoice: null })] },
        ...steps.checkedTransitions('upload', 'mapping', 'source'),
      },
    },
    paste: {
      on: {
        'paste.set': { actions: assign({ pasteText: ({ event }) => event.text }) },
        ...steps.checkedTransitions('paste', 'reading', 'source'),
      },
    },
    reading: {
      tags: [busyTag],
      exit: 'clearProgress',
      invoke: {
        id: 'readSource',
        src: 'readSource',
        input: ({ context, event }): ReadInput =>
          event.type === 'file.choose' ? { kind: 'file', file: event.file, sheet: event.sheet ?? null } : { kind: 'paste', text: context.pasteText },
        onDone: { target: 'mapping', actions: assign(({ event }) => ({ ...startMapping(event.output), sheetChoice: null })) },
        // A failure is the error of the field the list came from, on the screen it came from.
        onError: [
          {
            // Several visible sheets hold data: the upload screen asks which one to read.
            guard: ({ event }) => event.error instanceof SheetChoiceNeeded,
            target: 'upload',
            actions: [
              assign(({ event }) => {
                const { fileName, sheets } = event.error as SheetChoiceNeeded;
                return { sheetChoice: { fileName, sheets: [...sheets] } };
              }),
              { type: 'showTaskError', params: { field: 'sourceFile' } },
            ],
          },
          { guard: { type: 'isSourceKind', params: { kind: 'file' } }, target: 'upload', actions: { type: 'showTaskError', params: { field: 'sourceFile' } } },
          { target: 'paste', actions: { type: 'showTaskError', params: { field: 'pasteText' } } },
        ],
      },
      on: {
        'task.progress': { actions: 'trackProgress' },
        'task.cancel': [{ guard: { type: 'isSourceKind', params: { kind: 'file' } }, target: 'upload' }, { target: 'paste' }],
      },
    },
    mapping: {
      on: {
        'mapping.set': { actions: assign({ mapping: ({ context, event }) => context.mapping.map((key, index) => (index === event.index ? event.key : key)) }) },
        'fill.set': { actions: assign({ fillValues: ({ context, event }) => ({ ...context.fillValues, [event.column]: event.value }) }) },
        ...steps.checkedTransitions('mapping', 'umlaut', null, ['mapSourceRows']),
        'step.back': [
          { guard: { type: 'isSourceKind', params: { kind: 'file' } }, target: 'upload', actions: 'clearErrors' },
          { target: 'paste', actions: 'clearErrors' },
        ],
      },
    },
    entry: {
      on: {
        'row.edit': { actions: 'editRow' },
        'row.add': { actions: 'addRow' },
        'row.delete': { actions: 'deleteRow' },
        ...steps.checkedTransitions('entry', 'umlaut', 'source', ['keepTypedRows']),
      },
    },
    umlaut: {
      on: {
        'umlaut.set': { actions: assign({ umlautStyle: ({ event }) => event.style }) },
        ...steps.checkedTransitions('umlaut', 'checking', null),
        'step.back': [
          { guard: { type: 'isSourceKind', params: { kind: 'table' } }, target: 'entry', actions: 'clearErrors' },
          { target: 'mapping', actions: 'clearErrors' },
        ],
      },
    },
    checking: {
      tags: [busyTag],
      exit: 'clearProgress',
      invoke: {
        id: 'checkRows',
        src: 'checkRows',
        input: ({ context }) => ({ rows: context.rows, umlautStyle: context.umlautStyle, lostDigits: context.lostDigits }),
        onDone: {
          target: 'review',
          actions: assign(({ context, event }) => ({
            rows: event.output.rows,
            changes: mergeChanges(context.changes, event.output.changes),
            check: { issues: event.output.issues, isStale: false },
          })),
        },
        // 重新检查 fails on the review screen it was pressed on; the first check on the screen of 开始检查.
        onError: [
          { guard: 'hasEarlierCheck', target: 'review', actions: { type: 'showTaskError', params: { field: 'recheck' } } },
          { target: 'umlaut', actions: { type: 'showTaskError', params: { field: 'umlautStyle' } } },
        ],
      },
      on: {
        'task.progress': { actions: 'trackProgress' },
        'task.cancel': [{ guard: 'hasEarlierCheck', target: 'review' }, { target: 'umlaut' }],
      },
    },
    review: {
      on: {
        'row.edit': { actions: 'editRow' },
        'row.delete': { actions: 'deleteRow' },
        'failedRows.exclude': { actions: assign({ isExcludingFailedRows: ({ event }) => event.value }) },
        'conflict.decide': {
          actions: assign({ conflictDecisions: ({ context, event }) => decideConflict(context.conflictDecisions, event.groupKey, event.keepRowId) }),
        },
        'check.run': { target: 'checking', actions: 'clearErrors' },
        ...steps.checkedTransitions('review', 'pilot', 'umlaut'),
      },
    },
    pilot: {
      on: {
        'pilot.setIsPilotSchool': { actions: assign({ pilot: ({ context, event }) => ({ ...context.pilot, isPilotSchool: event.value }) }) },
        'pilot.setMajors': { actions: assign({ pilotMajorsText: ({ event }) => event.text }) },
        'pilot.setScale': { actions: assign({ approvedScaleText: ({ event }) => event.text }) },
        ...steps.checkedTransitions('pilot', 'classify', 'review', ['storePilot']),
      },
    },
    classify: {
      on: {
        'candidate.move': { actions: assign({ moves: ({ context, event }) => ({ ...context.moves, [event.rowId]: event.to }) }) },
        ...steps.checkedTransitions('classify', 'answers', 'pilot'),
      },
    },
    // 生成文件 writes the checked students to the workspace (the step's `saves`).
    answers: { on: steps.checkedTransitions('answers', 'result', 'classify') },
    result: { on: { 'step.back': { target: 'answers' } } },
  },
});
