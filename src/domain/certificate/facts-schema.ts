/**
 * Shapes of the certificate topic's fact tables, checked at build time (tests/unit/domain/): kept
 * apart from schema.ts, which saved work uses, so wizard pages never load them (nor zod's URL and
 * tuple checks).
 */
import { z } from '../zod';
import { SubjectKindSchema } from './schema';

/** A subject as the platform lists it in 「考务管理-考核科目」. */
export const SubjectSchema = z.object({
  /** 科目编号: 19 digits. */
  code: z.string().check(z.regex(/^\d{19}$/)),
  /** 科目名称, e.g. 初级理论. */
  name: z.string().check(z.minLength(1)),
  /** Whether this is the theory or the practical exam of its level. */
  kind: SubjectKindSchema,
});
export type Subject = z.infer<typeof SubjectSchema>;

/** What the manual gives for one level. */
export const LevelFactsSchema = z.object({
  /** 证书编号 used in the 按证书导入 file: 16 digits. */
  certificateNumber: z.string().check(z.regex(/^\d{16}$/)),
  /** The level's two subjects: theory first, then practical. */
  subjects: z.tuple([SubjectSchema, SubjectSchema]),
});
export type LevelFacts = z.infer<typeof LevelFactsSchema>;

/** Names and addresses of the certificate, its issuer and the platform. */
export const CertificateFactsSchema = z.object({
  name: z.string(),
  shortName: z.string(),
  issuer: z.string(),
  issuerShort: z.string(),
  issuerWebsite: z.url(),
  platformName: z.string(),
  platformUrl: z.url(),
  schoolPlatformName: z.string(),
  schoolPlatformUrl: z.url(),
});
export type CertificateFacts = z.infer<typeof CertificateFactsSchema>;
