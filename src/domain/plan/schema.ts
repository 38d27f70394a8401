import { z } from 'zod';
import { LevelSchema } from '../certificate/schema';

/** A calendar date, YYYY-MM-DD. */
export const IsoDateSchema = z.iso.date();

/** A time of day, HH:MM (24 h). */
export const TimeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

/** A window of days, both ends inclusive. */
export const DateRangeSchema = z
  .object({ start: IsoDateSchema, end: IsoDateSchema })
  .refine((range) => range.start <= range.end, { error: '结束日期不能早于开始日期' });

/** One subject's sitting in a plan. */
export const PlanSubjectSchema = z.object({
  /** The plan's own subject code, e.g. 491217. */
  code: z.string(),
  /** Name as the plan shows it: 理论 or 实践. */
  name: z.string(),
  /** Which of the level's two subjects this is. */
  kind: z.enum(['理论', '实操']),
  /** 考试方式, e.g. 机考, 机考+实操. */
  mode: z.string(),
  passMark: z.number(),
  date: IsoDateSchema,
  start: TimeOfDaySchema,
  end: TimeOfDaySchema,
});
export type PlanSubject = z.infer<typeof PlanSubjectSchema>;

/** An exam plan (考核计划) as published on the platform. */
export const ExamPlanSchema = z.object({
  organisation: z.string(),
  name: z.string().min(1),
  year: z.int(),
  registration: DateRangeSchema,
  scheduling: DateRangeSchema,
  scoreEntry: DateRangeSchema,
  scorePublication: DateRangeSchema,
  levels: z.array(
    z.object({
      level: LevelSchema,
      passCondition: z.string(),
      subjects: z.tuple([PlanSubjectSchema, PlanSubjectSchema]),
    }),
  ),
});
export type ExamPlan = z.infer<typeof ExamPlanSchema>;
