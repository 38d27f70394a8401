import { z } from '../zod';

/**
 * A day given relative to the exam, the way the manual writes deadlines:
 * - `week`: a weekday of a week counted from the exam's own week (Monday to Sunday);
 *   `weeksFromExam` −2 is 考前第二周, +3 is 考后第三周; weekday 1 = Monday … 7 = Sunday.
 * - `days`: a number of days from the exam day (−1 = 考前1天, 0 = 考试日).
 * - `months`: calendar months from the exam day (−1 = 考前1个月).
 * - `afterPublication`: the day after 成绩公示 ends.
 */
export const RelativeDaySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('week'), weeksFromExam: z.int(), weekday: z.int().check(z.minimum(1), z.maximum(7)) }),
  z.object({ kind: z.literal('days'), daysFromExam: z.int() }),
  z.object({ kind: z.literal('months'), monthsFromExam: z.int() }),
  z.object({ kind: z.literal('afterPublication') }),
]);
export type RelativeDay = z.infer<typeof RelativeDaySchema>;

/** A stage of 重要时间节点 with its window and the work in it. */
export const MilestoneSchema = z.object({
  /** Stable key used in code and calendar event ids. */
  key: z.string(),
  /** 考试阶段, as the manual names it. */
  stage: z.string(),
  /** The window as the manual writes it (时间安排). */
  timing: z.string(),
  /** First day; absent when the manual gives only a deadline. */
  start: z.optional(RelativeDaySchema),
  /** Last day (deadline). Absent when the stage has no end (颁发证书). */
  end: z.optional(RelativeDaySchema),
  /** 工作内容, one entry per numbered item. */
  work: z.array(z.string()).check(z.minLength(1)),
  /** Who does the work. */
  who: z.string(),
  /** Guide page that explains the stage. */
  guide: z.string(),
});
export type Milestone = z.infer<typeof MilestoneSchema>;
