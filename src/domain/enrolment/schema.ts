import { z } from 'zod';

/** One column of the 按证书导入 template and what to put in it. */
export const EnrolmentFieldSchema = z.object({
  column: z.string(),
  rule: z.string(),
});
export type EnrolmentField = z.infer<typeof EnrolmentFieldSchema>;
