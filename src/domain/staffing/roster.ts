/**
 * The staff roster of exam day: every school role and proctor with where and
 * when they work, and the proctor list for 「考试管理-监考人员」 (手册 第三章 六).
 */
import { levels } from '../certificate/facts';
import { siteRoles, teacherRoleKeys } from './facts';
import { getSlotId } from './assignment';
import { getRoleName } from './checks';
import type { ProctorSlot } from './rules';
import type { ProctorAssignment, Teacher } from './schema';

/** One line of the roster. */
export interface RosterLine {
  name: string;
  role: string;
  phone: string;
  subject: string;
  /** Where and when, e.g. “实训楼 301 机房 初级 14:00–17:45”, or 全场. */
  duty: string;
}

/** Columns of the roster, in order. */
export const rosterColumns = ['姓名', '角色', '手机号码', '任教专业或课程', '安排'] as const;

/** Columns of the proctor list for 「考试管理-监考人员」. */
export const proctorListColumns = ['序号', '姓名', '手机号码'] as const;

/**
 * Return the roster: school roles first (主考 … 系统管理员), then proctors with their
 * rooms in time order, then the 巡考员 the organisation sends.
 */
export function buildRoster(teachers: readonly Teacher[], slots: readonly ProctorSlot[], assignments: readonly ProctorAssignment[]): RosterLine[] {
  const dutiesOf = (name: string) =>
    [...slots]
      .filter((slot) => assignments.find((entry) => getSlotId(entry) === getSlotId(slot))?.proctors.includes(name))
      .sort(
        (a, b) =>
          `${a.span.from.date} ${a.span.from.time}`.localeCompare(`${b.span.from.date} ${b.span.from.time}`) ||
          levels.indexOf(a.level) - levels.indexOf(b.level),
      )
      .map((slot) => `${slot.roomName} ${slot.level} ${slot.span.from.time}–${slot.span.to.time}`);
  const lines = [...teachers]
    .sort((a, b) => teacherRoleKeys.indexOf(a.role) - teacherRoleKeys.indexOf(b.role))
    .map((teacher) => ({
      name: teacher.name,
      role: getRoleName(teacher.role),
      phone: teacher.phone,
      subject: teacher.subject,
      duty: teacher.role === 'proctor' ? dutiesOf(teacher.name).join('；') || '备用' : '全场',
    }));
  const inspector = siteRoles.find((role) => role.key === 'inspector')!;
  return [...lines, { name: '（鸿科经纬公司委派）', role: inspector.name, phone: '', subject: '', duty: '全场巡考' }];
}

/** Return the proctor list for 「考试管理-监考人员」: every teacher with a room, in roster order. */
export function buildProctorList(roster: readonly RosterLine[]): Array<[number, string, string]> {
  return roster
    .filter((line) => line.role === getRoleName('proctor') && line.duty !== '备用')
    .map((line, index) => [index + 1, line.name, line.phone]);
}
