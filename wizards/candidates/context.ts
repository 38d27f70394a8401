/**
 * The candidate wizard's context: everything the user typed, chose or uploaded,
 * as plain JSON so autosave can store it and a reload resumes exactly. Its zod
 * schema is in `context-schema.ts`; raise `draftVersion` when the shape changes.
 */
import type { CandidateRow } from '../../src/domain/candidates/schema';
import { defaultUmlautStyle } from '../../src/domain/pinyin/facts';
import type { Workspace } from '../../src/domain/workspace/schema';
import type { CandidatesContext } from './context-schema';

export type { CandidatesContext, SourceTable } from './context-schema';

/** Version of the draft shape. */
export const draftVersion = 1;

/** Number of empty rows the table starts with when the user types the list. */
export const initialTableRows = 5;

/** Return an empty row with the next id. */
export function createEmptyRow(id: number): CandidateRow {
  return {
    id,
    sourceRow: id,
    values: { name: '', pinyin: '', gender: '', documentType: '', documentNumber: '', phone: '', enrolmentYear: '', educationLevel: '', major: '', majorCode: '' },
  };
}

/** Return the context of a fresh start, with what the workspace already knows. */
export function createInitialContext(workspace: Workspace): CandidatesContext {
  return {
    schoolName: workspace.school.name,
    sourceKind: null,
    pasteText: '',
    source: null,
    mapping: [],
    fillValues: {},
    umlautStyle: defaultUmlautStyle,
    rows: [],
    nextRowId: 1,
    lostDigits: [],
    check: null,
    changes: [],
    isExcludingFailedRows: false,
    pilot: workspace.pilot,
    pilotMajorsText: workspace.pilot.majors.map((major) => [major.name, major.code].filter(Boolean).join(' ')).join('\n'),
    approvedScaleText: workspace.pilot.approvedScale === null ? '' : String(workspace.pilot.approvedScale),
    moves: {},
    errors: [],
    progress: null,
    taskError: null,
  };
}
