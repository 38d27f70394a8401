import { z } from 'zod';

/** One of the two lists a student can be in. */
export const CandidateTypeSchema = z.enum(['院校考生', '社会考生']);
export type CandidateType = z.infer<typeof CandidateTypeSchema>;

export const CandidateTypeFactsSchema = z.object({
  name: CandidateTypeSchema,
  /** Who belongs in this list, in the manual's words. */
  definition: z.string(),
});
export type CandidateTypeFacts = z.infer<typeof CandidateTypeFactsSchema>;

/** A column of a platform import template. */
export const TemplateColumnSchema = z.object({
  /** Stable key used in code and saved work. */
  key: z.string(),
  /** Header text without the required marker. */
  header: z.string(),
  /** Required columns carry a leading `*` in the header row. Default: false. */
  isRequired: z.boolean().default(false),
  /** The example value the manual's screenshot shows, if any. */
  example: z.string().optional(),
});
export type TemplateColumn = z.input<typeof TemplateColumnSchema>;

/** A platform import template as the manual shows it. */
export const ImportTemplateSchema = z.object({
  title: z.string(),
  notesHeading: z.string(),
  notes: z.array(z.string()),
  columns: z.array(TemplateColumnSchema).min(1),
});
export type ImportTemplate = z.input<typeof ImportTemplateSchema>;
