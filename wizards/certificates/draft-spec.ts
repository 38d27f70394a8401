/**
 * How the certificate wizard's progress is saved and read back: the zod schema of the
 * machine's context. Loaded on start, so zod stays out of the page's first JavaScript.
 */
import { z } from '../../src/domain/zod';
import { LevelSchema } from '../../src/domain/certificate/schema';
import type { DraftSpec } from '../kit/draft-envelope';
import { ImportReportSchema } from '../review/draft-spec';
import { issuanceChecklist } from './form';
import type { CertificateContext } from './machine';

const text = z.string();

const CertificateContextSchema = z.object({
  rows: z.array(z.object({ name: text, idNumber: text, ticketNumber: text, level: z.union([LevelSchema, z.literal('')]), theory: text, practical: text })),
  errors: z.array(z.object({ field: text, message: text })),
  schoolName: text,
  known: z.array(z.object({ name: text, idNumber: text })),
  stamp: z.nullable(
    z.object({
      sourceName: text,
      dataUrl: z.string().check(z.startsWith('data:image/png;base64,')),
      bytes: z.int().check(z.nonnegative()),
      checks: z.array(z.object({ label: text, isMet: z.boolean(), found: text })),
      notes: z.array(text),
    }),
  ),
  stampProblem: z.nullable(text),
  checklist: z.array(z.enum(issuanceChecklist)),
  pasted: text,
  lastImport: z.nullable(ImportReportSchema),
});

/** The certificate wizard's draft: slug, version and context schema. */
export const certificateDraftSpec: DraftSpec<CertificateContext> = { slug: 'certificates', version: 1, schema: CertificateContextSchema, migrations: {} };
