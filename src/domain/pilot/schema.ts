import { z } from 'zod';

/** A field of the platform's 申报证书试点 form. */
export const PilotFormFieldSchema = z.object({
  /** Label as the platform shows it. */
  label: z.string(),
  /** Marked * on the form. */
  isRequired: z.boolean(),
  /** What kind of input: shown (not typed), choice, list, number, rich text (HTML editor), file. */
  kind: z.enum(['shown', 'choice', 'list', 'number', 'richText', 'file']),
  note: z.string().optional(),
});
export type PilotFormField = z.infer<typeof PilotFormFieldSchema>;
