/**
 * How the review wizard's progress is saved and read back: the zod schema of the
 * machine's context. Loaded on start, so zod stays out of the page's first JavaScript.
 */
import { z } from '../../src/domain/zod';
import { LevelSchema } from '../../src/domain/certificate/schema';
import { ReviewReasonKeySchema } from '../../src/domain/scores/schema';
import type { DraftSpec } from '../kit/draft-envelope';
import type { ReviewContext } from './machine';

const text = z.string();
const reason = z.union([ReviewReasonKeySchema, z.literal('')]);

/** What the last import of a score export found; shared with the certificate wizard's draft. */
export const ImportReportSchema = z.union([
  z.object({
    ok: z.literal(true),
    source: text,
    added: z.int().check(z.nonnegative()),
    problems: z.array(z.object({ row: z.int().check(z.nonnegative()), message: text })),
    changes: z.array(text),
  }),
  z.object({ ok: z.literal(false), message: text }),
]);

const ReviewContextSchema = z.object({
  form: z.object({ planName: text, publicationStart: text, publicationEnd: text, requestDate: text, schoolName: text, officer: text, contact: text, opinion: text }),
  students: z.array(
    z.object({
      name: text,
      idNumber: text,
      ticketNumber: text,
      level: z.union([LevelSchema, z.literal('')]),
      theory: text,
      practical: text,
      reasons: z.object({ 理论: reason, 实操: reason }),
    }),
  ),
  filed: z.record(z.string(), z.array(z.string())),
  errors: z.array(z.object({ field: z.string(), message: z.string() })),
  known: z.array(z.object({ name: text, idNumber: text })),
  pasted: text,
  lastImport: z.nullable(ImportReportSchema),
});

/** The review wizard's draft: slug, version and context schema. */
export const reviewDraftSpec: DraftSpec<ReviewContext> = { slug: 'review', version: 1, schema: ReviewContextSchema, migrations: {} };
