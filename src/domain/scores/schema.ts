import { z } from '../zod';
import { scoring } from '../certificate/facts';
import { LevelSchema } from '../certificate/schema';

export { SubjectKindSchema, type SubjectKind } from '../certificate/schema';

/** A score as the platform shows it: 0 to full marks, or null when there is none (缺考 or blank). */
export const ScoreSchema = z.nullable(z.number().check(z.minimum(0), z.maximum(scoring.fullMarks)));
export type Score = z.infer<typeof ScoreSchema>;

/** Which subject the user says is computer-marked (objective), or that they do not know. */
export const ObjectiveSubjectAnswerSchema = z.enum(['理论', '实操', '不知道']);
export type ObjectiveSubjectAnswer = z.infer<typeof ObjectiveSubjectAnswerSchema>;

/** Key of a review reason in `reviewReasons`. */
export const ReviewReasonKeySchema = z.enum(['noScore', 'zeroScore', 'missedMarking', 'wrongTotal', 'disputeMarking']);
export type ReviewReasonKey = z.infer<typeof ReviewReasonKeySchema>;

/** One candidate's scores in one sitting (one exam plan), as read from the platform's export or typed in. */
export const SittingSchema = z.object({
  /** 考生姓名. */
  name: z.string(),
  /** 证件号码 (usually 身份证号). */
  idNumber: z.string(),
  /** 准考证号. Default: empty. */
  ticketNumber: z._default(z.string(), ''),
  level: LevelSchema,
  /** 考试计划 name when the export has one. Default: empty. */
  plan: z._default(z.string(), ''),
  theory: ScoreSchema,
  practical: ScoreSchema,
});
export type Sitting = z.infer<typeof SittingSchema>;
