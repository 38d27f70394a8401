/**
 * What a review can cover (手册 第三章 八 (二) 3): per subject, the score decides
 * whether the reason given is one the organisation accepts. Which subject is
 * computer-marked is the user's answer (`objectiveSubjectQuestion`), never a guess:
 * when they do not know, nothing is refused on that rule and the rule is quoted instead.
 */
import { objectiveSubjectQuestion, reviewReasons, reviewScope, reviewsPerPublication } from './facts';
import type { ObjectiveSubjectAnswer, ReviewReasonKey, Score, SubjectKind } from './schema';

/** The verdict on reviewing one subject of one candidate, with the manual's reason. */
export interface SubjectReviewVerdict {
  isAccepted: boolean;
  /** Why, in Chinese, quoting the manual's rule. */
  explanation: string;
  /** Set when the verdict rests on something the user did not say (which subject is computer-marked): the rule in the manual's words. */
  ruleNotice?: string;
}

/** 手册 第三章 八 (二) 3, in the manual's words: reviews are for subjective subjects; computer-marked ones only at 0 or 缺考. */
export const objectiveReviewRuleText = `${reviewScope[1]!.point}。${reviewScope[2]!.point}。`;

/** True when the user said this subject is the computer-marked (objective) one. */
export function isObjectiveSubject(kind: SubjectKind, objective: ObjectiveSubjectAnswer = objectiveSubjectQuestion.defaultAnswer): boolean {
  return objective === kind;
}

/** Return the reasons a school may choose for a subject: 漏评 and 合分 not for the subject the user says is computer-marked. */
export function listReviewReasons(kind: SubjectKind, objective: ObjectiveSubjectAnswer = objectiveSubjectQuestion.defaultAnswer) {
  return reviewReasons.filter((reason) => !reason.isSubjectiveOnly || !isObjectiveSubject(kind, objective));
}

function formatScore(score: Score): string {
  return score === null ? '空（没有成绩）' : ` ${score} 分`;
}

/**
 * Decide whether one subject of one candidate can be reviewed for the reason given, with
 * the user's answer to which subject is computer-marked (不知道 when not answered).
 */
export function judgeSubjectReview(
  kind: SubjectKind,
  score: Score,
  reasonKey: ReviewReasonKey,
  objective: ObjectiveSubjectAnswer = objectiveSubjectQuestion.defaultAnswer,
): SubjectReviewVerdict {
  const reason = reviewReasons.find((candidate) => candidate.key === reasonKey)!;
  if (!reason.isCovered) {
    return { isAccepted: false, explanation: `不予复查：${reviewScope[4]!.point}。` };
  }
  const isScored = score !== null && score !== 0;
  if (isObjectiveSubject(kind, objective) && isScored) {
    return {
      isAccepted: false,
      explanation: `您选择了${kind}是采用计算机阅卷的客观题科目。手册规定：“${objectiveReviewRuleText}”该考生${kind}成绩为 ${score} 分，不予复查。如果不确定哪个科目采用计算机阅卷，请选「不知道」。`,
    };
  }
  if (reason.isSubjectiveOnly && isObjectiveSubject(kind, objective)) {
    return { isAccepted: false, explanation: `“${reason.label}”只适用于主观题科目；您选择了${kind}采用计算机阅卷，请换一个理由。` };
  }
  if (reason.needsScore === 'missing' && score !== null) {
    return { isAccepted: false, explanation: `${kind}成绩为${formatScore(score)}，不是“没有成绩”：请核对成绩或换一个理由。` };
  }
  if (reason.needsScore === 'zero' && score !== 0) {
    return { isAccepted: false, explanation: `${kind}成绩为${formatScore(score)}，不是零分：请核对成绩或换一个理由。` };
  }
  const verdict = { isAccepted: true, explanation: `可以复查：${reason.label}；${kind}成绩为${formatScore(score)}。` };
  // Unknown which subject is computer-marked: a scored subject may be the one reviewed only at 0 or 缺考.
  if (objective === '不知道' && isScored) {
    return {
      ...verdict,
      ruleNotice: `是否受理取决于${kind}是否采用计算机阅卷。手册规定：“${objectiveReviewRuleText}”本向导不据此拦下申请，由鸿科经纬公司按规定判断。`,
    };
  }
  return verdict;
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
