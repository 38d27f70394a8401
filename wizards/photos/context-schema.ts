/**
 * What the photo wizard remembers between screens and across a reload: JSON only, checked
 * with this schema when saved work is read back. The photos themselves are not here (see
 * photo-session.ts): after a reload the wizard knows which files were chosen and what the
 * checks found, and asks for the files again.
 */
import { z } from '../../src/domain/zod';
import { CheckedPhotoSchema, PhotoMatchResultSchema, PhotoStudentSchema } from '../../src/domain/photos/schema';
import type { DraftSpec } from '../kit/draft-envelope';
import { draftIdentity } from '../draft-identity';

/** The photo wizard's draft: everything it owns. */
export const PhotosDraftSchema = z.object({
  /** Students from the school workspace (written by the candidate wizard). */
  students: z.array(PhotoStudentSchema),
  /** Id of the in-memory photo session the paths below belong to; null before photos are chosen. */
  sessionId: z.nullable(z.string()),
  /** Path of every chosen photo file, by file index. */
  paths: z.array(z.string()),
  /** Chosen files that could not be read as photos, with the reason. */
  sourceProblems: z.array(z.object({ path: z.string(), message: z.string() })),
  /** Which file belongs to which student; null before photos are chosen. */
  match: z.nullable(PhotoMatchResultSchema),
  /** What checking found, by file index. */
  checks: z.record(z.string(), CheckedPhotoSchema),
  /** Whether fixable photos are fixed; null until the user answers. */
  applyFixes: z.nullable(z.boolean()),
  /** Progress of the running task; null when none runs. */
  progress: z.nullable(z.object({ done: z.int(), total: z.int() })),
  /** Problems found by the last 下一步, shown in the error summary. */
  errors: z.array(z.object({ field: z.string(), message: z.string() })),
});
/** The machine's context: the draft (the students are what it matched against, refreshed on every load). */
export type PhotosContext = z.infer<typeof PhotosDraftSchema>;

/** How the photo wizard's progress is saved and read back. */
export const photosDraftSpec: DraftSpec<PhotosContext> = { ...draftIdentity('photos'), schema: PhotosDraftSchema, migrations: {} };
