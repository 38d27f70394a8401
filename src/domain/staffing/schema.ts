import { z } from 'zod';

/** A role at an exam site on exam day. */
export const SiteRoleSchema = z.object({
  /** Stable key used in code and saved work. */
  key: z.enum(['chiefExaminer', 'deputyExaminer', 'staff', 'systemAdmin', 'inspector']),
  /** The manual's name for the role. */
  name: z.string(),
  /** How many people per site. */
  count: z.int().positive(),
  /** Whether the school appoints the person or the training organisation sends them. */
  providedBy: z.enum(['school', 'organisation']),
});
export type SiteRole = z.infer<typeof SiteRoleSchema>;
