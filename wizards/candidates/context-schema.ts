/**
 * The zod schema of the candidate wizard's context: what a saved draft must look
 * like to be resumed. Loaded with the persistence code, not with the page.
 */
import { z } from '../../src/domain/zod';
import {
  CandidateChangeSchema,
  CandidateColumnKeySchema,
  CandidateIssueSchema,
  CandidateRowSchema,
  CandidateTypeSchema,
} from '../../src/domain/candidates/schema';
import { UmlautStyleSchema } from '../../src/domain/pinyin/schema';
import { PilotSchema } from '../../src/domain/workspace/schema';
import type { DraftSpec } from '../kit/draft-envelope';
import { draftVersion } from './context';

/** The list as read from a file or paste, before mapping. */
export const SourceTableSchema = z.object({
  origin: z.object({ kind: z.enum(['file', 'paste']), fileName: z.nullable(z.string()) }),
  /** Worksheet read, for files with several. */
  sheetName: z.nullable(z.string()),
  /** False when no row looked like a header: columns are then named 第 1 列, 第 2 列, … */
  hasHeaderRow: z.boolean(),
  headers: z.array(z.string()),
  rows: z.array(z.array(z.string())),
  /** Row number in the file of each row, for messages. */
  rowNumbers: z.array(z.int()),
  /** Number cells that had already lost digits in Excel. */
  lostDigits: z.array(z.object({ sourceRow: z.int(), column: z.int() })),
  skippedBlankRows: z.int(),
});
export type SourceTable = z.infer<typeof SourceTableSchema>;

/** The outcome of the last check. */
export const CheckOutcomeSchema = z.object({
  issues: z.array(CandidateIssueSchema),
  /** Set when rows were edited after this check: 下一步 needs a re-check first. */
  isStale: z.boolean(),
});

/** The wizard's context. */
export const CandidatesContextSchema = z.object({
  /** 院校名称, offered from the workspace. */
  schoolName: z.string(),
  sourceKind: z.nullable(z.enum(['file', 'paste', 'table'])),
  pasteText: z.string(),
  source: z.nullable(SourceTableSchema),
  /** For each source column, the template column it fills, or null (not imported). */
  mapping: z.array(z.nullable(CandidateColumnKeySchema)),
  /** Values for template columns the list lacks, applied to every row. */
  fillValues: z.partialRecord(CandidateColumnKeySchema, z.string()),
  umlautStyle: UmlautStyleSchema,
  /** The working table: what is checked, edited and exported. */
  rows: z.array(CandidateRowSchema),
  nextRowId: z.int(),
  /** Cells whose digits Excel had already lost, until the user edits them. */
  lostDigits: z.array(z.object({ rowId: z.int(), column: CandidateColumnKeySchema })),
  check: z.nullable(CheckOutcomeSchema),
  /** Every automatic change so far, newest last. */
  changes: z.array(CandidateChangeSchema),
  /** Leave rows with errors out of the import file (they stay in the 问题清单). */
  isExcludingFailedRows: z.boolean(),
  pilot: PilotSchema,
  /** What was typed on the pilot screen, kept as typed. */
  pilotMajorsText: z.string(),
  approvedScaleText: z.string(),
  /** Students moved by hand, by row id. */
  moves: z.record(z.string(), CandidateTypeSchema),
  errors: z.array(z.object({ field: z.string(), message: z.string() })),
  /** Progress of the running task, if any. */
  progress: z.nullable(z.object({ done: z.int(), total: z.int() })),
  /** Message of the last failed task, shown on the screen that started it. */
  taskError: z.nullable(z.string()),
});
export type CandidatesContext = z.infer<typeof CandidatesContextSchema>;

/** How the candidate wizard's draft is saved and read back. */
export const candidatesDraftSpec: DraftSpec<CandidatesContext> = {
  slug: 'candidates',
  version: draftVersion,
  schema: CandidatesContextSchema as never,
  migrations: {},
};
