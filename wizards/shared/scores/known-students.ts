/**
 * The school workspace's students as the score wizards (review, certificates) start their
 * rows: name, 证件号码 and the 报考级别 the registration wizard chose, so a level the school
 * already picked is not asked again. Everything stays editable in the table.
 */
import { listRegisteredCandidates } from '../../../src/domain/enrolment/rules';
import type { Workspace } from '../../../src/domain/workspace/schema';
import type { ScoreRowForm } from './schema';

/** A workspace student as a score row starts: the level is empty while the registration wizard has not chosen one. */
export type KnownStudent = Pick<ScoreRowForm, 'name' | 'idNumber' | 'level'>;

export type StudentSources = Pick<Workspace, 'candidates' | 'enrolments'>;

/** Return every workspace student, in list order, with the level chosen for it (or empty). */
export function listKnownStudents({ candidates, enrolments }: StudentSources): KnownStudent[] {
  const levels = new Map(enrolments.map((choice) => [choice.documentNumber, choice.level]));
  return candidates.map((candidate) => ({ name: candidate.name, idNumber: candidate.documentNumber, level: levels.get(candidate.documentNumber) ?? '' }));
}

/** The students who sat the plan, and whether the registration wizard said so. */
export interface PlanStudents {
  students: KnownStudent[];
  /** True: the registered students (a level and 信息准确). False: none is registered here, so every student. */
  areRegistered: boolean;
}

/**
 * Return the students who sat the plan: those the registration wizard registered. Before any is
 * registered here (a school that registered on the platform alone) that is unknown, so every
 * student is offered, and the table asks for each one's level.
 */
export function listPlanStudents(workspace: StudentSources): PlanStudents {
  const registered = listRegisteredCandidates(workspace.candidates, workspace.enrolments);
  if (registered.length === 0) return { students: listKnownStudents(workspace), areRegistered: false };
  return { students: registered.map((candidate) => ({ name: candidate.name, idNumber: candidate.documentNumber, level: candidate.level })), areRegistered: true };
}

/** Return the students of `students` that no row holds yet (证件号码 compared without case or spaces). */
export function listStudentsNotInRows(students: readonly KnownStudent[], rows: ReadonlyArray<Pick<ScoreRowForm, 'idNumber'>>): KnownStudent[] {
  const key = (idNumber: string) => idNumber.trim().toUpperCase();
  const held = new Set(rows.map((row) => key(row.idNumber)));
  return students.filter((student) => !held.has(key(student.idNumber)));
}
