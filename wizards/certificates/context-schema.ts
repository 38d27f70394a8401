/**
 * The certificate wizard's draft: what it owns and saves, as a zod schema, and its
 * context type. Loaded only to check saved work, so zod stays out of the page's first
 * JavaScript; the machine imports only the types.
 */
import { z } from '../../src/domain/zod';
import type { DraftSpec } from '../kit/draft-envelope';
import type { WorkspaceContext } from '../kit/wizard-machine';
import { LastImportSchema, ScoreRowSchema } from '../shared/scores/schema';
import { draftIdentity } from '../draft-identity';

const text = z.string();

/** The processed stamp as the machine keeps it: plain JSON. */
const PreparedStampSchema = z.object({
  /** Name of the picture it was made from. */
  sourceName: text,
  /** The PNG as a data URL, for the preview and the download. */
  dataUrl: z.string().check(z.startsWith('data:image/png;base64,')),
  bytes: z.int().check(z.nonnegative()),
  checks: z.array(z.object({ label: text, isMet: z.boolean(), found: text })),
  /** What the tool did or noticed (JPEG converted, small stamp enlarged). */
  notes: z.array(text),
});
export type PreparedStamp = z.infer<typeof PreparedStampSchema>;

/**
 * The draft's shape: everything the wizard owns. Drafts saved before the workspace left
 * them also held `schoolName` and `known` (copies of the workspace's), and `stampProblem`
 * (now the stamp box's error): zod drops all three.
 */
export const CertificatesDraftSchema = z.object({
  rows: z.array(ScoreRowSchema),
  errors: z.array(z.object({ field: text, message: text })),
  stamp: z.nullable(PreparedStampSchema),
  /** Items of the issuing checklist the school has ticked off. */
  checklist: z.array(z.enum(['stampUploaded', 'signer', 'pageSize', 'wechat', 'reject', 'delivery', 'lookup'])),
  /** The paste box, kept until its content is read without a problem. */
  pasted: text,
  lastImport: LastImportSchema,
  /** Progress of a running task (drafts saved before it was kept have none). */
  progress: z._default(z.nullable(z.object({ done: z.int(), total: z.int() })), null),
});

/** The machine's context: the draft, and the shared workspace (read from its own store, never saved in the draft). */
export type CertificatesContext = z.infer<typeof CertificatesDraftSchema> & WorkspaceContext;

/** An item of the issuing checklist, by key. */
export type IssuanceItem = CertificatesContext['checklist'][number];

/** How the wizard's progress is saved and checked on load. */
export const certificatesDraftSpec: DraftSpec<unknown> = { ...draftIdentity('certificates'), schema: CertificatesDraftSchema, migrations: {} };
