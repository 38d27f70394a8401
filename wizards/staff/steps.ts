/**
 * The staff wizard's screens in order, what each checks on 下一步, and the
 * proctor assignment and roster built from the context. Pure functions of the context.
 */
import { checkExamDayInputs } from '../../src/domain/exam-day/day-plan';
import type { CheckResult, Problem } from '../../src/domain/plan/problem';
import { assignProctors, getSlotId } from '../../src/domain/staffing/assignment';
import { checkProctorAssignments, checkSiteRoles, checkTeacherDrafts, getRoleName } from '../../src/domain/staffing/checks';
import { buildProctorList, buildRoster } from '../../src/domain/staffing/roster';
import { isOwnMajorTeacher } from '../../src/domain/staffing/rules';
import type { ProctorAssignment, Teacher } from '../../src/domain/staffing/schema';
import { listProctorSlots } from '../../src/domain/staffing/slots';
import type { Workspace } from '../../src/domain/workspace/schema';
import type { StaffContext } from './context';

/** The screens, in order; `roster` shows the printable roster from the result. */
export const staffSteps = ['start', 'teachers', 'assignment', 'review', 'result', 'roster'] as const;
export type StaffStep = (typeof staffSteps)[number];

/** Return the teachers with names and phones trimmed. */
export function listTeachers(context: StaffContext): Teacher[] {
  return context.teachers.map((teacher) => ({ ...teacher, name: teacher.name.trim(), phone: teacher.phone.trim(), subject: teacher.subject.trim() }));
}

/** Return the candidates' majors: the pilot majors and every 就读专业 in the workspace. */
export function listMajors(context: StaffContext): string[] {
  return [
    ...new Set([...context.workspace.pilot.majors.map((major) => major.name), ...context.workspace.candidates.map((candidate) => candidate.major)]),
  ].filter(Boolean);
}

/** Return the rooms that need proctors. */
export function listSlots(context: StaffContext) {
  return listProctorSlots(context.workspace.roomPlan, context.workspace.examPlan.levels);
}

/** Return the proctors of every room: the user's choice, or the automatic assignment. */
export function resolveAssignments(context: StaffContext): ProctorAssignment[] {
  const slots = listSlots(context);
  const automatic = assignProctors(
    listTeachers(context)
      .filter((teacher) => teacher.role === 'proctor')
      .map((teacher) => ({ name: teacher.name, isOwnMajor: isOwnMajorTeacher(teacher.subject, listMajors(context)) })),
    slots,
  ).assignments;
  if (!context.assignments) return automatic;
  // Rooms the user never changed (or new since) keep the automatic choice.
  return automatic.map((entry) => context.assignments!.find((chosen) => getSlotId(chosen) === getSlotId(entry)) ?? entry);
}

/** Return errors and warnings of the proctor assignment. */
export function checkAssignment(context: StaffContext): CheckResult {
  return checkProctorAssignments(listTeachers(context), listSlots(context), resolveAssignments(context), listMajors(context));
}

/** Return the roster and the proctor list for 「考试管理-监考人员」. */
export function buildStaffOutputs(context: StaffContext) {
  const roster = buildRoster(listTeachers(context), listSlots(context), context.workspace.proctorAssignments);
  return { roster, proctorList: buildProctorList(roster) };
}

/** Return what stops 下一步 on a screen; an empty list lets the user move on. */
export function findStepErrors(step: StaffStep, context: StaffContext): Problem[] {
  switch (step) {
    case 'start':
      return checkExamDayInputs(context.workspace);
    case 'teachers': {
      const typed = checkTeacherDrafts(context.teachers);
      return typed.length > 0 ? typed : checkSiteRoles(listTeachers(context)).errors;
    }
    case 'assignment':
      return checkAssignment(context).errors;
    case 'review':
    case 'result':
    case 'roster':
      return [];
  }
}

/** True when every screen before `step` passes its checks. */
export function canEnter(step: StaffStep, context: StaffContext): boolean {
  return staffSteps.slice(0, staffSteps.indexOf(step)).every((earlier) => findStepErrors(earlier, context).length === 0);
}

/** Which part of the workspace a screen writes when the user moves on. */
export type WorkspacePart = 'staff' | 'proctorAssignments';

/** Return the workspace update a finished screen makes: whole parts, so they also replace this wizard's copy. */
export function buildWorkspacePatch(part: WorkspacePart, context: StaffContext): Partial<Omit<Workspace, 'version'>> {
  if (part === 'proctorAssignments') return { proctorAssignments: resolveAssignments(context) };
  return {
    staff: listTeachers(context).map((teacher) => ({
      name: teacher.name,
      role: getRoleName(teacher.role),
      phone: teacher.phone,
      subject: teacher.subject,
    })),
  };
}
