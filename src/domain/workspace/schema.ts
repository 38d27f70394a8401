/**
 * The school workspace: what one wizard learns and the next one reuses, so that
 * nothing is typed twice. It is saved in the browser and in the 工作文件.
 *
 * Each part belongs to the wizard that writes it and is read by any wizard.
 * Adding a part or an optional field with a default is backward compatible:
 * older saved workspaces parse and get the default, so no version bump is
 * needed. Renaming, removing or changing the meaning of a field is not: raise
 * `workspaceVersion` and add a step to `workspaceMigrations` in `migrations.ts`.
 */
import { z } from '../zod';
import { CandidateRecordSchema } from '../candidates/schema';
import { EnrolmentChoiceSchema } from '../enrolment/schema';
import { DateRangeSchema, IsoDateSchema, PlanLevelTimesSchema } from '../plan/schema';
import { RoomLevelPlanSchema } from '../rooms/schema';
import { ProctorAssignmentSchema } from '../staffing/schema';
import { workspaceVersion } from './version';

export { workspaceVersion } from './version';

/** The school and its exam site (written by the candidate and site wizards). */
export const SchoolSchema = z.object({
  /** 院校名称 as registered on the platform. Default: empty. */
  name: z._default(z.string(), ''),
  /** 考核站点名称, e.g. 「院校名称+考核证书」 (「考务管理-考核站点管理」). Default: empty. */
  siteName: z._default(z.string(), ''),
  /** 考核站点编码 from 「考务管理-考核站点管理」. Default: empty. */
  siteCode: z._default(z.string(), ''),
});
export type School = z.infer<typeof SchoolSchema>;

/** This year's pilot: the approved majors and scale (written by the pilot wizard, used to sort candidates). */
export const PilotSchema = z.object({
  /** Whether the school is a pilot school this year. Default: true. */
  isPilotSchool: z._default(z.boolean(), true),
  /** Pilot majors (专业名称, optionally with 专业代码). Default: none. */
  majors: z._default(z.array(z.object({ name: z.string(), code: z._default(z.string(), '') })), []),
  /** 已批准培训人数, or 拟申报培训人数 while the application is pending; null when unknown. Default: null. */
  approvedScale: z._default(z.nullable(z.int().check(z.nonnegative())), null),
});
export type Pilot = z.infer<typeof PilotSchema>;

/** The exam plan the school takes part in (「考试管理-考试计划」). */
export const ExamPlanSchema = z.object({
  /** 计划名称, copied from the platform. Default: empty. */
  name: z._default(z.string(), ''),
  /** 考核所属年度. Default: null. */
  year: z._default(z.nullable(z.int()), null),
  /** 报考时间, 排考时间, 成绩登记时间, 成绩公示时间 as the plan shows them. Default: null (not entered). */
  registration: z._default(z.nullable(DateRangeSchema), null),
  scheduling: z._default(z.nullable(DateRangeSchema), null),
  scoreEntry: z._default(z.nullable(DateRangeSchema), null),
  scorePublication: z._default(z.nullable(DateRangeSchema), null),
  /** The levels the school sits, with their subject times (written by the registration wizard). Default: none. */
  levels: z._default(z.array(PlanLevelTimesSchema), []),
  /** The exam date typed in the timeline wizard before any subject times are known. Default: null. */
  examDate: z._default(z.nullable(IsoDateSchema), null),
});
export type ExamPlan = z.infer<typeof ExamPlanSchema>;

/** A room used on exam day (「考务管理-考场管理」). */
export const RoomSchema = z.object({
  /** 考场名称, e.g. 「XX 教学楼 XX 室」. */
  name: z.string(),
  /** 考场地址 and 详细地址. Default: empty. */
  address: z._default(z.string(), ''),
  detailAddress: z._default(z.string(), ''),
  /** Working candidate machines in the room. Default: null (unknown). */
  machines: z._default(z.nullable(z.int().check(z.nonnegative())), null),
});
export type Room = z.infer<typeof RoomSchema>;

/** A member of staff (主考, 监考员, 系统管理员, …). */
export const StaffMemberSchema = z.object({
  name: z.string(),
  /** Role name as the manual writes it, e.g. 监考员. */
  role: z.string(),
  /** Default: empty. */
  phone: z._default(z.string(), ''),
  /** 任教专业或课程, to flag proctors of the candidates' own major. Default: empty. */
  subject: z._default(z.string(), ''),
});
export type StaffMember = z.infer<typeof StaffMemberSchema>;

/** Everything the wizards share. */
export const WorkspaceSchema = z.object({
  version: z.literal(workspaceVersion),
  school: z._default(SchoolSchema, () => SchoolSchema.parse({})),
  pilot: z._default(PilotSchema, () => PilotSchema.parse({})),
  examPlan: z._default(ExamPlanSchema, () => ExamPlanSchema.parse({})),
  /** Checked students, written by the candidate wizard; other parts refer to them by 证件号码. Default: none. */
  candidates: z._default(z.array(CandidateRecordSchema), []),
  /** Default: none. */
  rooms: z._default(z.array(RoomSchema), []),
  /** Default: none. */
  staff: z._default(z.array(StaffMemberSchema), []),
  /** Level and 信息准确 mark per candidate (registration wizard). Default: none. */
  enrolments: z._default(z.array(EnrolmentChoiceSchema), []),
  /** Each room serving a level, with its candidates in seat order (rooms wizard). Default: none. */
  roomPlan: z._default(z.array(RoomLevelPlanSchema), []),
  /** Proctors of each room and level (staff wizard). Default: none. */
  proctorAssignments: z._default(z.array(ProctorAssignmentSchema), []),
});
export type Workspace = z.infer<typeof WorkspaceSchema>;

/**
 * What a wizard may change in one update: for the record parts (school, pilot,
 * examPlan) the given fields; for the list parts (candidates, rooms, staff,
 * enrolments, roomPlan, proctorAssignments) the whole list.
 */
export type WorkspacePatch = {
  school?: Partial<School>;
  pilot?: Partial<Pilot>;
  examPlan?: Partial<ExamPlan>;
  candidates?: Workspace['candidates'];
  rooms?: Room[];
  staff?: StaffMember[];
  enrolments?: Workspace['enrolments'];
  roomPlan?: Workspace['roomPlan'];
  proctorAssignments?: Workspace['proctorAssignments'];
};
