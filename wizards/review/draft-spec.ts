/**
 * How the review wizard's progress is saved and read back: the zod schema of the
 * machine's context. Loaded on start, so zod stays out of the page's first JavaScript.
 */
import { z } from 'zod';
import { LevelSchema } from '../../src/domain/certificate/schema';
import { ReviewReasonKeySchema } from '../../src/domain/scores/schema';
import type { DraftSpec } from '../kit/saved-work';
import type { ReviewContext } from './machine';

const text = z.string();
const reason = z.union([ReviewReasonKeySchema, z.literal('')]);

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
});

/** The review wizard's draft: slug, version and context schema. */
export const reviewDraftSpec: DraftSpec<ReviewContext> = { slug: 'review', version: 1, schema: ReviewContextSchema, migrations: {} };
