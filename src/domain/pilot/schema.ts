import { z } from 'zod';

/** A field of the platform's 申报证书试点 form. */
export const PilotFormFieldSchema = z.object({
  /** Label as the platform shows it. */
  label: z.string(),
  /** Marked * on the form. */
  isRequired: z.boolean(),
  /** What kind of input: shown (not typed), choice, list, number, rich text (HTML editor), file. */
  kind: z.enum(['shown', 'choice', 'list', 'number', 'richText', 'file']),
  note: z.string().optional(),
});
export type PilotFormField = z.infer<typeof PilotFormFieldSchema>;

/** A count a user typed, or null while not answered. */
const count = z.int().nonnegative().nullable().default(null);

/** What the pilot wizard asks, from which it fills the 申报证书试点 form. */
export const PilotAnswersSchema = z.object({
  /** 申报批次 as the province's plan names it, e.g. 2026年第一次. Default: empty. */
  batch: z.string().default(''),
  /** 申报时间 of the batch, ISO dates; empty until entered. */
  windowStart: z.string().default(''),
  windowEnd: z.string().default(''),
  /** 拟申请的专业名称, one per entry. Default: none. */
  majors: z.array(z.string()).default([]),
  /** 拟申报的培训人数. */
  trainees: count,
  teachers: z
    .object({
      /** Full-time teachers of the related majors. */
      total: count,
      seniorTitle: count,
      /** 双师型 teachers. */
      dualQualified: count,
      /** Trained by the organisation for this certificate. */
      trainedByOrganisation: count,
      /** Anything else the school wants to say. Default: empty. */
      extra: z.string().default(''),
    })
    .prefault({}),
  facilities: z
    .object({
      /** Computer rooms usable for training and exams. */
      rooms: count,
      machines: count,
      /** Software installed, one per entry. Default: none. */
      software: z.array(z.string()).default([]),
      extra: z.string().default(''),
    })
    .prefault({}),
  /** The drafts as the user edited them; empty until drafted. */
  teacherText: z.string().default(''),
  facilityText: z.string().default(''),
  /** 其他佐证材料 the school will attach, by file name. Default: none. */
  evidence: z.array(z.string()).default([]),
});
export type PilotAnswers = z.infer<typeof PilotAnswersSchema>;
export type PilotAnswersInput = z.input<typeof PilotAnswersSchema>;
