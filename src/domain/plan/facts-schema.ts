/**
 * The shape of an exam plan as published on the platform, checked at build time against the
 * example plan (tests/unit/domain/facts-schemas.test.ts): kept apart from schema.ts, which saved
 * work uses, so wizard pages never load it (nor zod's tuple).
 */
import { z } from '../zod';
import { LevelSchema, SubjectKindSchema } from '../certificate/schema';
import { DateRangeSchema, IsoDateSchema, TimeOfDaySchema } from './schema';

/** One subject's sitting in a plan. */
export const PlanSubjectSchema = z.object({
  /** The plan's own subject code, e.g. 491217. */
  code: z.string(),
  /** Name as the plan shows it: 理论 or 实践. */
  name: z.string(),
  /** Which of the level's two subjects this is. */
  kind: SubjectKindSchema,
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
  name: z.string().check(z.minLength(1)),
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
