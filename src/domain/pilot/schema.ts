import { z } from '../zod';

/** A field of the platform's 申报证书试点 form. */
export const PilotFormFieldSchema = z.object({
  /** Label as the platform shows it. */
  label: z.string(),
  /** Marked * on the form. */
  isRequired: z.boolean(),
  /** What kind of input: shown (not typed), choice, list, number, rich text (HTML editor), file. */
  kind: z.enum(['shown', 'choice', 'list', 'number', 'richText', 'file']),
  note: z.optional(z.string()),
});
export type PilotFormField = z.infer<typeof PilotFormFieldSchema>;

/** A count a user typed, or null while not answered. */
const count = z._default(z.nullable(z.int().check(z.nonnegative())), null);

/** What the pilot wizard asks, from which it fills the 申报证书试点 form. */
export const PilotAnswersSchema = z.object({
  /** 申报批次 as the province's plan names it, e.g. 2026年第一次. Default: empty. */
  batch: z._default(z.string(), ''),
  /** 申报时间 of the batch, ISO dates; empty until entered. */
  windowStart: z._default(z.string(), ''),
  windowEnd: z._default(z.string(), ''),
  /** 拟申请的专业名称, one per entry. Default: none. */
  majors: z._default(z.array(z.string()), []),
  /** 拟申报的培训人数. */
  trainees: count,
  teachers: z.prefault(
    z.object({
      /** Full-time teachers of the related majors. */
      total: count,
      seniorTitle: count,
      /** 双师型 teachers. */
      dualQualified: count,
      /** Trained by the organisation for this certificate. */
      trainedByOrganisation: count,
      /** Anything else the school wants to say. Default: empty. */
      extra: z._default(z.string(), ''),
    }),
    {},
  ),
  facilities: z.prefault(
    z.object({
      /** Computer rooms usable for training and exams. */
      rooms: count,
      machines: count,
      /** Software installed, one per entry. Default: none. */
      software: z._default(z.array(z.string()), []),
      extra: z._default(z.string(), ''),
    }),
    {},
  ),
  /** The drafts as the user edited them; empty until drafted. */
  teacherText: z._default(z.string(), ''),
  facilityText: z._default(z.string(), ''),
  /** 其他佐证材料 the school will attach, by file name. Default: none. */
  evidence: z._default(z.array(z.string()), []),
});
export type PilotAnswers = z.infer<typeof PilotAnswersSchema>;
export type PilotAnswersInput = z.input<typeof PilotAnswersSchema>;
