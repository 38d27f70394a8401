/**
 * The staff wizard's screens in order (name, fields, what each checks on 下一步,
 * what it saves), and the proctor assignment and roster built from the context.
 * Pure functions of the context; the assignment's rules are src/domain/staffing/assignment.ts.
 */
import { checkExamDayInputs } from '../../src/domain/exam-day/day-plan';
import type { CheckResult } from '../../src/domain/plan/problem';
import { resolveProctorAssignments } from '../../src/domain/staffing/assignment';
import { checkProctorAssignments, checkSiteRoles, checkTeacherDrafts, getRoleName } from '../../src/domain/staffing/checks';
import { buildProctorList, buildRoster } from '../../src/domain/staffing/roster';
import { listCandidateMajors, type ProctorSlot } from '../../src/domain/staffing/rules';
import type { ProctorAssignment, Teacher } from '../../src/domain/staffing/schema';
import { listProctorSlots } from '../../src/domain/staffing/slots';
import { defineSteps } from '../kit/step-list';
import type { StaffContext } from './context-schema';

/** Return the teachers with names and phones trimmed. */
export function listTeachers(context: StaffContext): Teacher[] {
  return context.teachers.map((teacher) => ({ ...teacher, name: teacher.name.trim(), phone: teacher.phone.trim(), subject: teacher.subject.trim() }));
}

/** Return the candidates' majors: the pilot majors and every 就读专业 in the workspace. */
export function listMajors(context: StaffContext): string[] {
  return listCandidateMajors(context.workspace.pilot.majors, context.workspace.candidates);
}

/** Return the rooms that need proctors. */
export function listSlots(context: StaffContext): ProctorSlot[] {
  return listProctorSlots(context.workspace.roomPlan, context.workspace.examPlan.levels);
}

/** Return the proctors of every room: the user's choice, or the automatic assignment. */
export function resolveAssignments(context: StaffContext): ProctorAssignment[] {
  return resolveProctorAssignments({ teachers: listTeachers(context), slots: listSlots(context), majors: listMajors(context), chosen: context.assignments });
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

/** The screens, in order. */
export const staffSteps = defineSteps<StaffContext>()({
  start: { title: '开始之前', fields: ['start-plan', 'start-rooms'], check: (context) => checkExamDayInputs(context.workspace) },
  teachers: {
    title: '考务工作的老师',
    fields: ['teacher-add', /^teacher-\d+-/],
    check: (context) => {
      const typed = checkTeacherDrafts(context.teachers);
      return typed.length > 0 ? typed : checkSiteRoles(listTeachers(context)).errors;
    },
    saves: (context) => ({
      staff: listTeachers(context).map((teacher) => ({ name: teacher.name, role: getRoleName(teacher.role), phone: teacher.phone, subject: teacher.subject })),
    }),
  },
  assignment: {
    title: '监考员',
    fields: [/^proctors-/],
    check: (context) => checkAssignment(context).errors,
    saves: (context) => ({ proctorAssignments: resolveAssignments(context) }),
  },
  review: { title: '检查您的答案' },
  result: { title: '人员安排' },
  roster: { title: '考务人员安排表', partOf: 'result' },
});
export type StaffStep = (typeof staffSteps.ids)[number];
