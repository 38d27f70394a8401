import { z } from '../zod';

/**
 * A guide page, optionally with a heading anchor: `/exam-day/duties/#监考人员`.
 * Anchors are the heading ids Starlight generates (github-slugger).
 */
export const GuideLinkSchema = z.string().check(z.regex(/^\/[a-z-]+\/[a-z-]+\/(#.+)?$/));

/**
 * Text that may carry `{placeholder}` names of facts kept elsewhere in src/domain
 * (see fact-values.ts), so a number or menu path is never written twice.
 */
const FactTextSchema = z.string().check(z.minLength(1));

/** One term of 术语表. */
export const GlossaryEntrySchema = z.object({
  /** Stable ASCII key; also the entry's anchor on the glossary page. */
  key: z.string().check(z.regex(/^[a-z][a-zA-Z0-9]*$/)),
  /** The term as the manual uses it most. */
  term: z.string().check(z.minLength(1)),
  /** Other words for the same thing, in the manual or in daily use. Default: none. */
  synonyms: z._default(z.array(z.string().check(z.minLength(1))), []),
  /** One or two plain sentences. */
  definition: FactTextSchema,
  /** The guide page (and heading) that explains it. */
  guide: GuideLinkSchema,
  /** Manual section the term comes from. */
  source: z.string().check(z.minLength(1)),
});
export type GlossaryEntry = z.output<typeof GlossaryEntrySchema>;
export type GlossaryEntryInput = z.input<typeof GlossaryEntrySchema>;

/** One entry of 常见问题: a question staff ask, or a mistake schools make. */
export const FaqEntrySchema = z.object({
  /** Stable ASCII key; also the entry's anchor on the FAQ page. */
  key: z.string().check(z.regex(/^[a-z][a-zA-Z0-9]*$/)),
  /** `question`: 常见问题; `mistake`: a common mistake, from the manual's 注意事项. */
  kind: z.enum(['question', 'mistake']),
  /** The question, or the mistake as a school would make it. */
  question: FactTextSchema,
  /** The answer, or how to avoid the mistake. */
  answer: FactTextSchema,
  /** The guide page (and heading) with the details; a `mistake` is listed under its 常见错误. */
  guide: GuideLinkSchema,
  /** Other guide pages whose 常见错误 list this mistake too. Default: none. */
  alsoOn: z._default(z.array(GuideLinkSchema), []),
  /** Manual section the answer comes from, or 本站 for advice the manual does not give. */
  source: z.string().check(z.minLength(1)),
});
export type FaqEntry = z.output<typeof FaqEntrySchema>;
export type FaqEntryInput = z.input<typeof FaqEntrySchema>;
