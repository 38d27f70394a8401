/**
 * What a review can cover (手册 第三章 八 (二) 3): per subject, the score decides
 * whether the reason given is one the organisation accepts.
 */
import { objectiveSubjectKinds, reviewReasons, reviewScope, reviewsPerPublication } from './facts';
import type { ReviewReasonKey, Score, SubjectKind } from './schema';

/** The verdict on reviewing one subject of one candidate, with the manual's reason. */
export interface SubjectReviewVerdict {
  isAccepted: boolean;
  /** Why, in Chinese, quoting the manual's rule. */
  explanation: string;
}

/** True when a subject is marked by computer (objective) and so reviewed only at 0 or without a score. */
export function isObjectiveSubject(kind: SubjectKind): boolean {
  return objectiveSubjectKinds.includes(kind);
}

/** Return the reasons a school may choose for a subject, covered ones first. */
export function listReviewReasons(kind: SubjectKind) {
  return reviewReasons.filter((reason) => reason.subjects.includes(kind));
}

function formatScore(score: Score): string {
  return score === null ? '空（没有成绩）' : ` ${score} 分`;
}

/** Decide whether one subject of one candidate can be reviewed for the reason given. */
export function judgeSubjectReview(kind: SubjectKind, score: Score, reasonKey: ReviewReasonKey): SubjectReviewVerdict {
  const reason = reviewReasons.find((candidate) => candidate.key === reasonKey)!;
  if (!reason.isCovered) {
    return { isAccepted: false, explanation: `不予复查：${reviewScope[4]!.point}。` };
  }
  if (isObjectiveSubject(kind) && score !== null && score !== 0) {
    return {
      isAccepted: false,
      explanation: `${kind}是采用计算机阅卷的客观题科目，仅在成绩为零分或缺考时复查；该考生${kind}成绩为 ${score} 分，不予复查。`,
    };
  }
  if (!reason.subjects.includes(kind)) {
    return { isAccepted: false, explanation: `“${reason.label}”不适用于${kind}科目，请换一个理由。` };
  }
  if (reason.needsScore === 'missing' && score !== null) {
    return { isAccepted: false, explanation: `${kind}成绩为${formatScore(score)}，不是“没有成绩”：请核对成绩或换一个理由。` };
  }
  if (reason.needsScore === 'zero' && score !== 0) {
    return { isAccepted: false, explanation: `${kind}成绩为${formatScore(score)}，不是零分：请核对成绩或换一个理由。` };
  }
  return { isAccepted: true, explanation: `可以复查：${reason.label}；${kind}成绩为${formatScore(score)}。` };
}

/**
 * Return, for each request, why it repeats an earlier one: the same candidate twice in
 * this list, or already filed in this publication (`filedIdNumbers`). Null when it does not.
 */
export function findRepeatedRequests(idNumbers: readonly string[], filedIdNumbers: readonly string[]): (string | null)[] {
  const filed = new Set(filedIdNumbers.map((id) => id.trim().toUpperCase()));
  const seen = new Map<string, number>();
  return idNumbers.map((raw, index) => {
    const id = raw.trim().toUpperCase();
    if (filed.has(id)) return `该考生本次成绩公示期内已申请过复查：${reviewScope[6]!.point}（每人限 ${reviewsPerPublication} 次）。`;
    const first = seen.get(id);
    if (first !== undefined) return `与第 ${first + 1} 位考生的证件号码相同：同一考生只填一行，要复查的科目都写在这一行。`;
    seen.set(id, index);
    return null;
  });
}
