/**
 * The candidate wizard's first context, filled from what the workspace already
 * knows (the school's name, the pilot majors), and the rows of a typed table.
 * The context's shape and its zod schema are in `context-schema.ts`.
 */
import type { CandidateRow } from '../../src/domain/candidates/schema';
import { defaultUmlautStyle } from '../../src/domain/pinyin/facts';
import type { Workspace } from '../../src/domain/workspace/schema';
import type { CandidatesContext } from './context-schema';

export type { CandidatesContext, SourceTable } from './context-schema';

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

/** Return the pilot screen's answers as the workspace has them. */
export function readPilotAnswers(workspace: Workspace): Pick<CandidatesContext, 'pilot' | 'pilotMajorsText' | 'approvedScaleText'> {
  return {
    pilot: workspace.pilot,
    pilotMajorsText: workspace.pilot.majors.map((major) => [major.name, major.code].filter(Boolean).join(' ')).join('\n'),
    approvedScaleText: workspace.pilot.approvedScale === null ? '' : String(workspace.pilot.approvedScale),
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
    ...readPilotAnswers(workspace),
    moves: {},
    errors: [],
    progress: null,
  };
}
