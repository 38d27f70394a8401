/**
 * Who staffs an exam site and how many: 手册 第三章 六 (监考人员设置注意事项) and
 * 第四章 (开头: 主考 1、副主考 1、工作人员 1、系统管理员 1、监考员、巡考员).
 */
import type { SiteRole, TeacherRole } from './schema';

/** Roles at each exam site, with the number the manual asks for. */
export const siteRoles: readonly SiteRole[] = [
  { key: 'chiefExaminer', name: '主考', count: 1, providedBy: 'school' },
  { key: 'deputyExaminer', name: '副主考', count: 1, providedBy: 'school' },
  { key: 'staff', name: '工作人员', count: 1, providedBy: 'school' },
  { key: 'systemAdmin', name: '系统管理员', count: 1, providedBy: 'school' },
  { key: 'inspector', name: '巡考员', count: 1, providedBy: 'organisation' },
];

/** 手册 第三章 六 2 and 第四章: proctors per room. */
export const proctorRule = {
  /** A room with this many candidates or fewer gets `minimumPerRoom` proctors. */
  smallRoomMaxCandidates: 40,
  /** Proctors in every room, whatever its size ("每考场至少2名"). */
  minimumPerRoom: 2,
  /** Above the small-room size: at least one proctor per this many candidates (1:20). */
  candidatesPerProctor: 20,
} as const;

/** 手册 第三章 六 1: advice on who should proctor. */
export const proctorAdvice = '建议非本专业任课老师';

/** 手册 第三章 六 2 (第2点): working days the organisation takes to approve submitted proctors. */
export const proctorApprovalWorkingDays = 2;

/**
 * 手册 第四章 一（三）2: the site's standing exam team (not per exam), trained and
 * examined by the organisation before they may work.
 */
export const siteTeam: readonly { name: string; count: number; duty: string }[] = [
  { name: '考试评价工作负责人', count: 1, duty: '统筹、制定考核站点管理工作' },
  { name: '考务管理人员', count: 2, duty: '开展、实施具体考务工作' },
  { name: '系统管理员', count: 1, duty: '运行、维护考试系统' },
];

/** 手册 第四章 开头 (监考员 每考场至少2名): the role name of a proctor as the manual writes it. */
export const proctorRoleName = '监考员';

/**
 * 手册 第四章 三: the working badges (工作牌, "总计 6 种") follow the six roles of
 * exam day: the four school roles of `siteRoles`, 监考员 and 巡考员.
 */
export const badgeKinds = ['主考', '副主考', '工作人员', '系统管理员', '监考员', '巡考员'] as const;

/** Roles a teacher can take on exam day: the school's four site roles, or 监考员 (`proctor`), in roster order. */
export const teacherRoleKeys: readonly TeacherRole[] = ['chiefExaminer', 'deputyExaminer', 'staff', 'systemAdmin', 'proctor'];
