import { z } from '../zod';

/** What kind of day a date is in China's working calendar. */
export const DayKindSchema = z.enum(['workday', 'weekend', 'holiday', 'makeUpWorkday']);
export type DayKind = z.infer<typeof DayKindSchema>;

/** One date as the working-day rules see it. */
export const CalendarDaySchema = z.object({
  /** ISO date, YYYY-MM-DD. */
  date: z.iso.date(),
  /** 0 = Sunday … 6 = Saturday. */
  weekday: z.int().check(z.minimum(0), z.maximum(6)),
  kind: DayKindSchema,
  /** Name of the holiday a holiday or make-up working day belongs to, e.g. 国庆节. */
  holidayName: z.optional(z.string()),
  isWorkingDay: z.boolean(),
  /** False when the date's year is outside the holiday data: its kind is then a guess from the weekday. */
  isCovered: z.boolean(),
});
export type CalendarDay = z.infer<typeof CalendarDaySchema>;
