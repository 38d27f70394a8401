import { z } from '../zod';
import { LevelSchema } from '../certificate/schema';

/** One column of the 按证书导入 template and what to put in it. */
export const EnrolmentFieldSchema = z.object({
  column: z.string(),
  rule: z.string(),
});
export type EnrolmentField = z.infer<typeof EnrolmentFieldSchema>;

/** One candidate's registration choices: the level sat and whether the platform shows 信息准确. */
export const EnrolmentChoiceSchema = z.object({
  /** 证件号码 of the candidate in the workspace. */
  documentNumber: z.string(),
  /** 证书等级; null while not chosen. Default: null. */
  level: z._default(z.nullable(LevelSchema), null),
  /** True once the user has checked 「考务管理-考生管理」 shows 信息准确. Default: false. */
  isInfoAccurate: z._default(z.boolean(), false),
});
export type EnrolmentChoice = z.infer<typeof EnrolmentChoiceSchema>;
