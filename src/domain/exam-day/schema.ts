import { z } from '../zod';
import { SubjectKindSchema } from '../certificate/schema';

/**
 * What one unit of a material is counted against:
 * room, room × session (理论/实操 of a level), candidate × subject, staff member,
 * the whole site, a number of kinds, or candidates plus the scratch-paper margin.
 */
export const MaterialBasisSchema = z.enum([
  'room',
  'roomSession',
  'candidateSubject',
  'staffMember',
  'site',
  'kind',
  'candidatePlusMargin',
]);
export type MaterialBasis = z.infer<typeof MaterialBasisSchema>;

/** One line of 考点院校物料准备清单. */
export const MaterialItemSchema = z.object({
  key: z.string(),
  /** 材料名称. */
  name: z.string(),
  /** 说明, the manual's counting rule in words. */
  rule: z.string(),
  /** 备注. */
  note: z.optional(z.string()),
  per: MaterialBasisSchema,
  /** Copies per unit of `per`. */
  copies: z.int().check(z.positive()),
  /** The word it is counted in, as the 说明 column counts it (条, 份, 个, 种, 张). */
  unit: z.string().check(z.minLength(1)),
});
export type MaterialItem = z.infer<typeof MaterialItemSchema>;

/** A role's duties (考务人员职责). */
export const DutySchema = z.object({
  role: z.string(),
  duties: z.array(z.string()).check(z.minLength(1)),
});
export type Duty = z.infer<typeof DutySchema>;

/** A block of 考试流程: a named step, its checks, and who is responsible. */
export const ProcessBlockSchema = z.object({
  phase: z.enum(['考前准备', '考核当天', '考试结束']),
  name: z.string(),
  items: z.array(z.string()).check(z.minLength(1)),
  who: z.string(),
});
export type ProcessBlock = z.infer<typeof ProcessBlockSchema>;

/**
 * A point of the exam-day run sheet, relative to a subject's start or end.
 * `minutes` is negative before the anchor.
 */
export const RunSheetPointSchema = z.object({
  key: z.string(),
  anchor: z.enum(['start', 'end']),
  minutes: z.int(),
  action: z.string(),
  who: z.string(),
  /** Only for this kind of subject; absent when the point applies to both. */
  subjectKind: z.optional(SubjectKindSchema),
  /**
   * Done once per room and day, before its first session (machines stay on between sessions).
   * Default: false, so the point is repeated before every session, moved into the break when needed.
   */
  isOncePerRoomDay: z.optional(z.boolean()),
  /** Manual section the point comes from. */
  source: z.string(),
});
export type RunSheetPoint = z.infer<typeof RunSheetPointSchema>;

/** One of 应急处理办法: if this happens, then do that. */
export const EmergencySchema = z.object({
  key: z.string(),
  situation: z.string(),
  response: z.string(),
});
export type Emergency = z.infer<typeof EmergencySchema>;
