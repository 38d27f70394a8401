/** The review request as the 成绩复查表 needs it, read from the wizard's typed answers. */
import type { Level } from '../../src/domain/certificate/schema';
import { subjectKinds } from '../../src/domain/certificate/facts';
import { getSubject } from '../../src/domain/certificate/rules';
import { reviewReasons } from '../../src/domain/scores/facts';
import type { ReviewReasonKey, Score, SubjectKind } from '../../src/domain/scores/schema';
import type { ReviewFormState } from './steps';
import { readScoreText } from '../shared/scores/score-rows';

/** One subject of one student to review. */
export interface ReviewedSubject {
  kind: SubjectKind;
  /** The subject's name on the platform, e.g. 初级实操. */
  subjectName: string;
  score: Score;
  reason: ReviewReasonKey;
  reasonLabel: string;
}

/** One student of the request. */
export interface ReviewedStudent {
  name: string;
  idNumber: string;
  ticketNumber: string;
  level: Level;
  theory: Score;
  practical: Score;
  subjects: ReviewedSubject[];
}

/** Everything the 成绩复查表 holds. */
export interface ReviewRequest {
  schoolName: string;
  officer: string;
  contact: string;
  planName: string;
  opinion: string;
  students: ReviewedStudent[];
}

/** Read the request from checked answers (every screen before the result valid). */
export function toReviewRequest({ form, students }: ReviewFormState): ReviewRequest {
  return {
    schoolName: form.schoolName.trim(),
    officer: form.officer.trim(),
    contact: form.contact.trim(),
    planName: form.planName.trim(),
    opinion: form.opinion.trim(),
    students: students.map((student) => {
      const level = student.level as Level;
      const theory = readScoreText(student.theory);
      const practical = readScoreText(student.practical);
      const subjects = subjectKinds.flatMap((kind) => {
        const reason = student.reasons[kind];
        if (!reason) return [];
        const label = reviewReasons.find((candidate) => candidate.key === reason)!.label;
        return [{ kind, subjectName: getSubject(level, kind).name, score: kind === '理论' ? theory : practical, reason, reasonLabel: label }];
      });
      return { name: student.name.trim(), idNumber: student.idNumber.trim().toUpperCase(), ticketNumber: student.ticketNumber.trim(), level, theory, practical, subjects };
    }),
  };
}

/** Return the 复查理由 text: one numbered line per student with each subject and reason. */
export function formatReviewReasons(request: ReviewRequest): string {
  return request.students
    .map((student, index) => `${index + 1}. ${student.name}：${student.subjects.map((subject) => `${subject.subjectName}，${subject.reasonLabel}`).join('；')}`)
    .join('\n');
}

/** Return whether every student of the request is already recorded as sent for its plan (a later request for others is not). */
export function isRequestFiled(request: ReviewRequest, filed: Readonly<Record<string, readonly string[]>>): boolean {
  const sent = new Set(filed[request.planName] ?? []);
  return request.students.length > 0 && request.students.every((student) => sent.has(student.idNumber));
}

/** Return `filed` with the request's students recorded as sent for its plan. */
export function recordFiled(request: ReviewRequest, filed: Readonly<Record<string, readonly string[]>>): Record<string, string[]> {
  const ids = request.students.map((student) => student.idNumber);
  return { ...filed, [request.planName]: [...new Set([...(filed[request.planName] ?? []), ...ids])] } as Record<string, string[]>;
}
