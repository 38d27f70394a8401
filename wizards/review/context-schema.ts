/**
 * The review wizard's draft: what it owns and saves, as a zod schema, and its context
 * type. Loaded only to check saved work, so zod stays out of the page's first
 * JavaScript; the machine imports only the types.
 */
import { z } from '../../src/domain/zod';
import { ObjectiveSubjectAnswerSchema, ReviewReasonKeySchema } from '../../src/domain/scores/schema';
import type { DraftSpec } from '../kit/draft-envelope';
import type { WorkspaceContext } from '../kit/wizard-machine';
import { LastImportSchema, ScoreRowSchema } from '../shared/scores/schema';
import { draftIdentity } from '../draft-identity';

const text = z.string();
const reason = z.union([ReviewReasonKeySchema, z.literal('')]);

/**
 * The draft's shape: everything the wizard owns. Drafts saved before the workspace left
 * them also held `known` (the workspace's students); zod drops it, the screen reads the workspace.
 */
export const ReviewDraftSchema = z.object({
  form: z.object({ planName: text, publicationStart: text, publicationEnd: text, requestDate: text, schoolName: text, officer: text, contact: text, opinion: text }),
  students: z.array(z.extend(ScoreRowSchema, { reasons: z.object({ 理论: reason, 实操: reason }) })),
  /** 证件号码 already sent for review, per exam plan name (one review per publication). */
  filed: z.record(z.string(), z.array(z.string())),
  /**
   * Which subject the user says is computer-marked (`objectiveSubjectQuestion`), or 不知道;
   * null until answered, read as 不知道 (drafts saved before the question load as null).
   */
  objectiveSubject: z._default(z.nullable(ObjectiveSubjectAnswerSchema), null),
  errors: z.array(z.object({ field: z.string(), message: z.string() })),
  /** The paste box, kept until its content is read without a problem. */
  pasted: text,
  lastImport: LastImportSchema,
  /** Progress of a running import (drafts saved before it was kept have none). */
  progress: z._default(z.nullable(z.object({ done: z.int(), total: z.int() })), null),
});

/** The machine's context: the draft, and the shared workspace (read from its own store, never saved in the draft). */
export type ReviewContext = z.infer<typeof ReviewDraftSchema> & WorkspaceContext;

/** How the wizard's progress is saved and checked on load. */
export const reviewDraftSpec: DraftSpec<unknown> = { ...draftIdentity('review'), schema: ReviewDraftSchema, migrations: {} };
