/**
 * How the pilot wizard's progress is saved and read back: the zod schema of the
 * machine's context. Loaded on start, so zod stays out of the page's first JavaScript.
 */
import { z } from '../../src/domain/zod';
import { PilotSchema, SchoolSchema } from '../../src/domain/workspace/schema';
import type { DraftSpec } from '../kit/draft-envelope';
import { pilotFields } from './form';
import type { PilotContext } from './machine';

const PilotContextSchema = z.object({
  form: z.object(Object.fromEntries(pilotFields.map((field) => [field, z.string()])) as Record<(typeof pilotFields)[number], z.ZodMiniString<string>>),
  majors: z.array(z.string()),
  errors: z.array(z.object({ field: z.string(), message: z.string() })),
  school: SchoolSchema,
  pilot: PilotSchema,
});

/** The pilot wizard's draft: slug, version and context schema. */
export const pilotDraftSpec: DraftSpec<PilotContext> = { slug: 'pilot', version: 1, schema: PilotContextSchema, migrations: {} };
