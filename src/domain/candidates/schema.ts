import { z } from '../zod';

/** One of the two lists a student can be in. */
export const CandidateTypeSchema = z.enum(['院校考生', '社会考生']);
export type CandidateType = z.infer<typeof CandidateTypeSchema>;

export const CandidateTypeFactsSchema = z.object({
  name: CandidateTypeSchema,
  /** Who belongs in this list, in the manual's words. */
  definition: z.string(),
});
export type CandidateTypeFacts = z.infer<typeof CandidateTypeFactsSchema>;

/** A column of a platform import template. */
export const TemplateColumnSchema = z.object({
  /** Stable key used in code and saved work. */
  key: z.string(),
  /** Header text without the required marker. */
  header: z.string(),
  /** Required columns carry a leading `*` in the header row. Default: false. */
  isRequired: z._default(z.boolean(), false),
  /** The example value the manual's screenshot shows, if any. */
  example: z.optional(z.string()),
});
export type TemplateColumn = z.input<typeof TemplateColumnSchema>;

/** A platform import template as the manual shows it. */
export const ImportTemplateSchema = z.object({
  title: z.string(),
  notesHeading: z.string(),
  notes: z.array(z.string()),
  columns: z.array(TemplateColumnSchema).check(z.minLength(1)),
});
export type ImportTemplate = z.input<typeof ImportTemplateSchema>;

/** 性别 as the template writes it. */
export const GenderSchema = z.enum(['男', '女']);
export type Gender = z.infer<typeof GenderSchema>;

/** The template's column keys, in the template's order. */
export const CandidateColumnKeySchema = z.enum([
  'name',
  'pinyin',
  'gender',
  'documentType',
  'documentNumber',
  'phone',
  'enrolmentYear',
  'educationLevel',
  'major',
  'majorCode',
]);
export type CandidateColumnKey = z.infer<typeof CandidateColumnKeySchema>;

/**
 * One student as the candidate wizard hands it to the school workspace: every
 * template column checked and cleaned, plus the list the student goes into.
 */
export const CandidateRecordSchema = z.object({
  /** 学生姓名. */
  name: z.string().check(z.minLength(1)),
  /** 姓名拼音, e.g. `Zhang Sanfeng`. */
  pinyin: z.string().check(z.minLength(1)),
  /** 性别. */
  gender: GenderSchema,
  /** 证件类型, one of the template's values. */
  documentType: z.string().check(z.minLength(1)),
  /** 证件号码, always a string (a number loses digits). */
  documentNumber: z.string().check(z.minLength(1)),
  /** 手机号码, 11 digits as a string. */
  phone: z.string(),
  /** 入学年份, four digits. */
  enrolmentYear: z.string(),
  /** 专业层次. */
  educationLevel: z.string(),
  /** 就读专业. */
  major: z.string(),
  /** 专业代码. */
  majorCode: z.string(),
  /** 院校考生 or 社会考生: the list of 「考务管理-考生管理」 the student is imported into. */
  candidateType: CandidateTypeSchema,
});
export type CandidateRecord = z.infer<typeof CandidateRecordSchema>;

/** A student's values as typed or read, one string per template column (empty when absent). */
export const CandidateValuesSchema = z.record(CandidateColumnKeySchema, z.string());
export type CandidateValues = Record<CandidateColumnKey, string>;

/** One row of the working table. */
export const CandidateRowSchema = z.object({
  /** Stable id, kept through edits and re-checks. */
  id: z.int(),
  /** Row number in the user's file (or paste, or table) that messages name. */
  sourceRow: z.int(),
  values: CandidateValuesSchema,
});
export type CandidateRow = { id: number; sourceRow: number; values: CandidateValues };

/** Error blocks the import file; warning asks the user to check. */
export const SeveritySchema = z.enum(['error', 'warning']);
export type Severity = z.infer<typeof SeveritySchema>;

/** A problem found in one cell (or row, when `column` is null). */
export const CandidateIssueSchema = z.object({
  rowId: z.int(),
  sourceRow: z.int(),
  column: z.nullable(CandidateColumnKeySchema),
  value: z.string(),
  severity: SeveritySchema,
  /** What is wrong. */
  problem: z.string(),
  /** How to fix it. */
  fix: z.string(),
  /** A value the user can apply with one click (e.g. the 18-digit upgrade of a 15-digit ID). */
  suggestion: z.optional(z.string()),
  /** Key of the conflict group (rows sharing a 证件号码 with different data) this issue belongs to; absent otherwise. */
  conflictGroup: z.optional(z.string()),
});
export type CandidateIssue = z.infer<typeof CandidateIssueSchema>;

/** An automatic change to a cell, always listed to the user. */
export const CandidateChangeSchema = z.object({
  rowId: z.int(),
  sourceRow: z.int(),
  column: CandidateColumnKeySchema,
  from: z.string(),
  to: z.string(),
  reason: z.string(),
});
export type CandidateChange = z.infer<typeof CandidateChangeSchema>;

/**
 * The user's choice for each conflict group (rows sharing a 证件号码 with different data),
 * by group key: the id of the row to keep, or null to keep none. A group without an entry is undecided.
 */
export const ConflictDecisionsSchema = z.record(z.string(), z.nullable(z.int()));
export type ConflictDecisions = z.infer<typeof ConflictDecisionsSchema>;
