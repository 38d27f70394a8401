import { z } from '../zod';
import { LevelSchema } from '../certificate/schema';

/** A role at an exam site on exam day. */
export const SiteRoleSchema = z.object({
  /** Stable key used in code and saved work. */
  key: z.enum(['chiefExaminer', 'deputyExaminer', 'staff', 'systemAdmin', 'inspector']),
  /** The manual's name for the role. */
  name: z.string(),
  /** How many people per site. */
  count: z.int().check(z.positive()),
  /** Whether the school appoints the person or the training organisation sends them. */
  providedBy: z.enum(['school', 'organisation']),
});
export type SiteRole = z.infer<typeof SiteRoleSchema>;

/**
 * What a teacher does on exam day: one of the school's site roles, or 监考员. The
 * schema lists the keys itself (as `LevelSchema` does), so facts.ts can take its
 * types from here without an import cycle; `teacherRoleKeys` in facts.ts is the
 * list in roster order, and a test checks the two agree.
 */
export const TeacherRoleSchema = z.enum(['chiefExaminer', 'deputyExaminer', 'staff', 'systemAdmin', 'proctor']);
export type TeacherRole = z.infer<typeof TeacherRoleSchema>;

/** A teacher the school puts forward for exam day. */
export const TeacherSchema = z.object({
  /** 姓名. */
  name: z.string().check(z.minLength(1)),
  /** 手机号码, 11 digits as a string. */
  phone: z.string(),
  /** 任教专业或课程, used to flag teachers of the candidates' own major. */
  subject: z.string(),
  /** Role on exam day. Default: proctor. */
  role: z._default(TeacherRoleSchema, 'proctor'),
});
export type Teacher = z.infer<typeof TeacherSchema>;

/** The proctors of one room for one level (the same people sit both its subjects). */
export const ProctorAssignmentSchema = z.object({
  roomName: z.string(),
  level: LevelSchema,
  /** Teachers' names, in the order they were assigned. */
  proctors: z.array(z.string()),
});
export type ProctorAssignment = z.infer<typeof ProctorAssignmentSchema>;
