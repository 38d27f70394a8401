/**
 * The zod schemas of what the score wizards (review, certificates) keep in their drafts:
 * score rows as typed, and the report of the last import. The types of both come from
 * here; only the drafts' schemas (`context-schema.ts`) load zod itself.
 */
import { z } from '../../../src/domain/zod';
import { LevelSchema } from '../../../src/domain/certificate/schema';

const text = z.string();

/** One candidate's row as typed: scores stay text until read, so a typo such as 105 stays visible. */
export const ScoreRowSchema = z.object({
  name: text,
  idNumber: text,
  ticketNumber: text,
  level: z.union([LevelSchema, z.literal('')]),
  theory: text,
  practical: text,
});
export type ScoreRowForm = z.infer<typeof ScoreRowSchema>;

/** What the last import of a score export found (its rows are already in the table). */
export const ImportReportSchema = z.object({
  /** 粘贴的内容 or the file's name. */
  source: text,
  added: z.int().check(z.nonnegative()),
  problems: z.array(z.object({ row: z.int().check(z.nonnegative()), message: text })),
  /** Automatic readings (full-width digits) and cells that could not be read exactly. */
  changes: z.array(text),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;

/**
 * The draft's `lastImport`. Drafts saved before import failures became field errors may
 * hold `{ ok: false, message }`: read as no report (the failure was not data the user entered).
 */
export const LastImportSchema = z.nullable(z.union([ImportReportSchema, z.pipe(z.object({ ok: z.literal(false), message: text }), z.transform(() => null))]));
