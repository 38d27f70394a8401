import { z } from '../zod';
import { LevelSchema } from '../certificate/schema';

/** A calendar date, YYYY-MM-DD. */
export const IsoDateSchema = z.iso.date();

/** A time of day, HH:MM (24 h). */
export const TimeOfDaySchema = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));

/** A window of days, both ends inclusive. */
export const DateRangeSchema = z
  .object({ start: IsoDateSchema, end: IsoDateSchema })
  .check(z.refine((range) => range.start <= range.end, { error: '结束日期不能早于开始日期' }));

// The published plan's shape (`ExamPlanSchema`, `PlanSubjectSchema`) is in facts-schema.ts: only the
// example plan and the demo use it, so wizard pages never load it.

/** One sitting of a subject as the school's plan gives it: a day and a start and end time. */
export const SittingSchema = z.object({
  date: IsoDateSchema,
  start: TimeOfDaySchema,
  end: TimeOfDaySchema,
});
export type Sitting = z.infer<typeof SittingSchema>;

/** A level the school sits in its exam plan, with the times of its two subjects (科目考试时间). */
export const PlanLevelTimesSchema = z.object({
  level: LevelSchema,
  theory: SittingSchema,
  practical: SittingSchema,
});
export type PlanLevelTimes = z.infer<typeof PlanLevelTimesSchema>;

/**
 * The exam plan as the school copies it from 「考试管理-考试计划」: its name and
 * year, the windows the plan shows (each optional: null when not entered), and
 * the subject times of each level the school's candidates sit.
 */
export const PlanEntrySchema = z.object({
  /** 计划名称, copied from the platform. */
  name: z.string().check(z.minLength(1)),
  /** 考核所属年度. */
  year: z.int(),
  /** 报考时间. Default: null. */
  registration: z._default(z.nullable(DateRangeSchema), null),
  /** 排考时间. Default: null. */
  scheduling: z._default(z.nullable(DateRangeSchema), null),
  /** 成绩登记时间. Default: null. */
  scoreEntry: z._default(z.nullable(DateRangeSchema), null),
  /** 成绩公示时间. Default: null. */
  scorePublication: z._default(z.nullable(DateRangeSchema), null),
  /** Levels sat, each once, in the order 初级, 中级, 高级. */
  levels: z.array(PlanLevelTimesSchema).check(z.minLength(1)),
});
export type PlanEntry = z.infer<typeof PlanEntrySchema>;
