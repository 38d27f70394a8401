/**
 * Checks of the people on exam day: teachers as typed, the four school roles,
 * proctor numbers, and anyone placed in two places at the same time.
 */
import { isMobileNumber } from '../identity/rules';
import type { CheckResult, Problem } from '../plan/problem';
import { doSpansOverlap, type TimeSpan } from '../plan/rules';
import { proctorAdvice, proctorRoleName, siteRoles, teacherRoleKeys } from './facts';
import { getSlotId } from './assignment';
import { countProctorsForRoom, isOwnMajorTeacher, type ProctorSlot } from './rules';
import type { ProctorAssignment, Teacher, TeacherRole } from './schema';

/** A teacher as typed in the form. */
export type TeacherDraft = Pick<Teacher, 'name' | 'phone' | 'subject' | 'role'>;

/** Return the id of the input for one part of a teacher row. */
export function getTeacherFieldId(index: number, key: keyof TeacherDraft): string {
  return `teacher-${index}-${key}`;
}

/** Return the id of the proctor choice of one room slot. */
export function getSlotFieldId(slot: Pick<ProctorSlot, 'roomName' | 'level'>): string {
  return `proctors-${getSlotId(slot)}`;
}

/** Return the manual's name of a teacher role (主考 … 监考员). */
export function getRoleName(role: TeacherRole): string {
  return role === 'proctor' ? proctorRoleName : siteRoles.find((entry) => entry.key === role)!.name;
}

/** Return the role of a role name as the workspace stores it (主考 … 监考员); a name it does not know counts as 监考员. */
export function getRoleKey(name: string): TeacherRole {
  return teacherRoleKeys.find((role) => getRoleName(role) === name) ?? 'proctor';
}

/** Check teachers as typed: at least one, each with a unique name and an 11-digit mobile number. */
export function checkTeacherDrafts(teachers: readonly TeacherDraft[]): Problem[] {
  if (teachers.length === 0)
    return [{ field: 'teacher-add', message: '还没有填写任何老师。请填写主考、副主考、工作人员、系统管理员和监考员的老师。' }];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  teachers.forEach((teacher, index) => {
    const where = `第 ${index + 1} 位老师`;
    const name = teacher.name.trim();
    if (!name) problems.push({ field: getTeacherFieldId(index, 'name'), message: `${where}：请填写姓名。` });
    else if (seen.has(name)) {
      problems.push({
        field: getTeacherFieldId(index, 'name'),
        message: `${where}：姓名“${name}”重复了。同名的老师请加以区分，例如“${name}（数学）”。`,
      });
    }
    seen.add(name);
    if (!isMobileNumber(teacher.phone.trim())) {
      problems.push({ field: getTeacherFieldId(index, 'phone'), message: `${where}：手机号码应为 11 位数字，以 13–19 开头，例如 13912345678。` });
    }
  });
  return problems;
}

/** Check the school roles: each filled, by different people. */
export function checkSiteRoles(teachers: readonly Teacher[]): CheckResult {
  const result: CheckResult = { errors: [], warnings: [] };
  for (const role of siteRoles.filter((entry) => entry.providedBy === 'school')) {
    const holders = teachers.filter((teacher) => teacher.role === role.key);
    if (holders.length < role.count) {
      result.errors.push({
        field: 'teacher-0-role',
        message: `还没有指定${role.name}（需要 ${role.count} 名）。请把一位老师的角色设为${role.name}。`,
      });
    } else if (holders.length > role.count) {
      result.warnings.push({
        field: getTeacherFieldId(teachers.indexOf(holders[role.count]!), 'role'),
        message: `${role.name}按手册设 ${role.count} 名，现在有 ${holders.length} 名（${holders.map((teacher) => teacher.name).join('、')}）。请确认是否需要。`,
      });
    }
  }
  return result;
}

/**
 * Check proctor assignments: each room has the proctors it needs and nobody is in
 * two rooms at overlapping times. A school role holder who also proctors, and a
 * proctor of the candidates' own major, are warnings: the manual does not forbid
 * the first (it lets 考务工作人员 stand in for an absent proctor), only advises against the second.
 */
export function checkProctorAssignments(
  teachers: readonly Teacher[],
  slots: readonly ProctorSlot[],
  assignments: readonly ProctorAssignment[],
  majors: readonly string[],
): CheckResult {
  const result: CheckResult = { errors: [], warnings: [] };
  const byName = new Map(teachers.map((teacher) => [teacher.name, teacher]));
  const places: Array<{ name: string; slot: ProctorSlot }> = [];
  for (const slot of slots) {
    const field = getSlotFieldId(slot);
    const proctors = assignments.find((entry) => getSlotId(entry) === getSlotId(slot))?.proctors ?? [];
    const needed = countProctorsForRoom(slot.candidates);
    if (proctors.length < needed) {
      result.errors.push({
        field,
        message: `“${slot.roomName}”（${slot.level}，${slot.candidates} 人）需要 ${needed} 名监考员，现在只有 ${proctors.length} 名。请增加监考老师。`,
      });
    }
    for (const name of proctors) {
      const teacher = byName.get(name);
      if (teacher && teacher.role !== 'proctor') {
        result.warnings.push({
          field,
          message: `${name}是${getRoleName(teacher.role)}，又安排在“${slot.roomName}”监考。手册没有禁止一人兼任，但${getRoleName(teacher.role)}考试期间有自己的职责；本站建议另请一位监考员。`,
        });
      }
      if (teacher && isOwnMajorTeacher(teacher.subject, majors)) {
        result.warnings.push({ field, message: `${name}任教“${teacher.subject}”，是考生本专业的老师；手册${proctorAdvice}担任监考员。` });
      }
      places.push({ name, slot });
    }
  }
  result.errors.push(...findDoubleBookings(places));
  return result;
}

function findDoubleBookings(places: ReadonlyArray<{ name: string; slot: ProctorSlot }>): Problem[] {
  const problems: Problem[] = [];
  places.forEach((first, index) => {
    for (const second of places.slice(index + 1)) {
      if (first.name !== second.name || !doSpansOverlap(first.slot.span, second.slot.span)) continue;
      problems.push({
        field: getSlotFieldId(second.slot),
        message: `${first.name}同时被安排在“${first.slot.roomName}”（${first.slot.level} ${formatSpan(first.slot.span)}）和“${second.slot.roomName}”（${second.slot.level} ${formatSpan(second.slot.span)}）监考，一个人不能同时在两个地方。`,
      });
    }
  });
  return problems;
}

function formatSpan(span: TimeSpan): string {
  return `${span.from.time}–${span.to.time}`;
}
