/**
 * The candidate wizard's draft: what it owns and saves, as a zod schema, and its
 * context type. Loaded only to check saved work, so zod stays out of the page's
 * first JavaScript; the machine and the screens import only the types.
 *
 * Drafts saved before the kit's contract (version 1 too) also held `taskError`,
 * the message of the last failed task: it now lives in `errors`, and zod drops
 * the old key on load, so those drafts resume where they were.
 */
import { z } from '../../src/domain/zod';
import {
  CandidateChangeSchema,
  CandidateColumnKeySchema,
  CandidateIssueSchema,
  CandidateRowSchema,
  CandidateTypeSchema,
  ConflictDecisionsSchema,
} from '../../src/domain/candidates/schema';
import { UmlautStyleSchema } from '../../src/domain/pinyin/schema';
import { PilotSchema } from '../../src/domain/workspace/schema';
import type { DraftSpec } from '../kit/draft-envelope';
import { draftIdentity } from '../draft-identity';

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

/** How the user gives the list: a file, a paste, or typing it into the table. */
export const SourceKindSchema = z.enum(['file', 'paste', 'table']);
export type SourceKind = z.infer<typeof SourceKindSchema>;

/** The draft's shape: everything the wizard owns. */
export const CandidatesDraftSchema = z.object({
  /** 院校名称, offered from the workspace. */
  schoolName: z.string(),
  /** Default: null (not chosen yet). */
  sourceKind: z.nullable(SourceKindSchema),
  pasteText: z.string(),
  source: z.nullable(SourceTableSchema),
  /**
   * The workbook just chosen has data in several visible sheets: which ones, so the upload
   * screen asks which to read (issue 12). Null otherwise; absent in older drafts.
   */
  sheetChoice: z.optional(z.nullable(z.object({ fileName: z.string(), sheets: z.array(z.object({ name: z.string(), rows: z.int() })) }))),
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
  /**
   * The user's choice for each group of rows sharing a 证件号码 with different data, by group key
   * (`findDuplicateGroups`): the row id kept, or null for none. Drafts saved before the field
   * existed load with none decided (the default), so no row of a conflict is imported unasked.
   */
  conflictDecisions: z._default(ConflictDecisionsSchema, {}),
  pilot: PilotSchema,
  /** What was typed on the pilot screen, kept as typed. */
  pilotMajorsText: z.string(),
  approvedScaleText: z.string(),
  /** Students moved by hand, by row id. */
  moves: z.record(z.string(), CandidateTypeSchema),
  /** Errors of the screen shown: from its last 下一步, or the failure of the task it started. */
  errors: z.array(z.object({ field: z.string(), message: z.string() })),
  /** Progress of the running task; null when none runs. */
  progress: z.nullable(z.object({ done: z.int(), total: z.int() })),
});

/** The machine's context: the draft (the wizard reads the workspace only when it starts or resumes). */
export type CandidatesContext = z.infer<typeof CandidatesDraftSchema>;

/** How the candidate wizard's draft is saved and checked on load. */
export const candidatesDraftSpec: DraftSpec<unknown> = { ...draftIdentity('candidates'), schema: CandidatesDraftSchema, migrations: {} };
