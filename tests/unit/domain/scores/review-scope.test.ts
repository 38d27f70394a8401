import { describe, expect, test } from 'vitest';
import {
  findRepeatedRequests,
  isObjectiveSubject,
  judgeSubjectReview,
  listReviewReasons,
  objectiveReviewRuleText,
} from '../../../../src/domain/scores/review-scope';

describe('isObjectiveSubject', () => {
  test.each([
    { kind: '理论', objective: '理论', expected: true },
    { kind: '实操', objective: '理论', expected: false },
    { kind: '实操', objective: '实操', expected: true },
    { kind: '理论', objective: '不知道', expected: false },
    { kind: '实操', objective: '不知道', expected: false },
  ] as const)('returns $expected for $kind when the user says $objective', ({ kind, objective, expected }) => {
    expect(isObjectiveSubject(kind, objective)).toBe(expected);
  });

  test('guesses no subject when the user has not answered', () => {
    expect(isObjectiveSubject('理论')).toBe(false);
  });
});

describe('listReviewReasons', () => {
  test.each([
    { kind: '理论', objective: '理论', expected: ['noScore', 'zeroScore', 'disputeMarking'] },
    { kind: '实操', objective: '理论', expected: ['noScore', 'zeroScore', 'missedMarking', 'wrongTotal', 'disputeMarking'] },
    { kind: '理论', objective: '实操', expected: ['noScore', 'zeroScore', 'missedMarking', 'wrongTotal', 'disputeMarking'] },
    { kind: '实操', objective: '实操', expected: ['noScore', 'zeroScore', 'disputeMarking'] },
    { kind: '理论', objective: '不知道', expected: ['noScore', 'zeroScore', 'missedMarking', 'wrongTotal', 'disputeMarking'] },
  ] as const)('offers $expected for $kind when the user says $objective is computer-marked', ({ kind, objective, expected }) => {
    expect(listReviewReasons(kind, objective).map((reason) => reason.key)).toEqual(expected);
  });
});

describe('judgeSubjectReview', () => {
  test.each([
    // The user says 理论 is computer-marked: the 0-or-missing rule applies to it.
    { kind: '理论', objective: '理论', score: 0, reason: 'zeroScore', isAccepted: true },
    { kind: '理论', objective: '理论', score: null, reason: 'noScore', isAccepted: true },
    { kind: '理论', objective: '理论', score: 1, reason: 'zeroScore', isAccepted: false },
    { kind: '理论', objective: '理论', score: 59, reason: 'wrongTotal', isAccepted: false },
    { kind: '理论', objective: '理论', score: 0, reason: 'noScore', isAccepted: false },
    { kind: '理论', objective: '理论', score: 0, reason: 'missedMarking', isAccepted: false },
    { kind: '实操', objective: '理论', score: 58, reason: 'missedMarking', isAccepted: true },
    { kind: '实操', objective: '理论', score: 30, reason: 'wrongTotal', isAccepted: true },
    { kind: '实操', objective: '理论', score: null, reason: 'noScore', isAccepted: true },
    { kind: '实操', objective: '理论', score: 0, reason: 'zeroScore', isAccepted: true },
    { kind: '实操', objective: '理论', score: 45, reason: 'noScore', isAccepted: false },
    // The user says 实操 is computer-marked: the rule moves with the answer.
    { kind: '实操', objective: '实操', score: 58, reason: 'wrongTotal', isAccepted: false },
    { kind: '理论', objective: '实操', score: 59, reason: 'missedMarking', isAccepted: true },
    // The user does not know: nothing is refused on the objective-subject rule.
    { kind: '理论', objective: '不知道', score: 59, reason: 'wrongTotal', isAccepted: true },
    { kind: '理论', objective: '不知道', score: 72, reason: 'missedMarking', isAccepted: true },
    { kind: '实操', objective: '不知道', score: 58, reason: 'wrongTotal', isAccepted: true },
    { kind: '理论', objective: '不知道', score: 59, reason: 'zeroScore', isAccepted: false },
    // Disputes about marking are never covered.
    { kind: '实操', objective: '不知道', score: 59, reason: 'disputeMarking', isAccepted: false },
  ] as const)('returns $isAccepted for $kind at $score for $reason when the user says $objective', ({ kind, objective, score, reason, isAccepted }) => {
    expect(judgeSubjectReview(kind, score, reason, objective).isAccepted).toBe(isAccepted);
  });

  test('lets a 理论 review above zero go ahead when nobody has said which subject is computer-marked', () => {
    expect(judgeSubjectReview('理论', 59, 'wrongTotal').isAccepted).toBe(true);
  });

  test('shows the manual’s wording of the rule with a review the user cannot place', () => {
    expect(judgeSubjectReview('理论', 59, 'wrongTotal', '不知道').ruleNotice).toMatchInlineSnapshot(
      `"是否受理取决于理论是否采用计算机阅卷。手册规定：“复查原则上仅限于主观题科目。采用计算机阅卷的客观题科目，仅在成绩为零分或缺考时复查。”本向导不据此拦下申请，由鸿科经纬公司按规定判断。"`,
    );
  });

  test('adds no rule notice where the score is 0 or missing (the rule allows those anyway)', () => {
    expect(judgeSubjectReview('理论', 0, 'zeroScore', '不知道').ruleNotice).toBeUndefined();
  });

  test('quotes the rule and the user’s answer when refusing a subject they said is computer-marked', () => {
    expect(judgeSubjectReview('理论', 59, 'zeroScore', '理论').explanation).toMatchInlineSnapshot(
      `"您选择了理论是采用计算机阅卷的客观题科目。手册规定：“复查原则上仅限于主观题科目。采用计算机阅卷的客观题科目，仅在成绩为零分或缺考时复查。”该考生理论成绩为 59 分，不予复查。如果不确定哪个科目采用计算机阅卷，请选「不知道」。"`,
    );
  });

  test('explains a reason that does not fit the score', () => {
    expect(judgeSubjectReview('实操', 45, 'zeroScore').explanation).toMatchInlineSnapshot(`"实操成绩为 45 分，不是零分：请核对成绩或换一个理由。"`);
  });

  test('names the reason and the score when accepting', () => {
    expect(judgeSubjectReview('理论', null, 'noScore').explanation).toMatchInlineSnapshot(`"可以复查：参加了考试，但没有成绩（显示缺考或空白）；理论成绩为空（没有成绩）。"`);
  });

  test('quotes the manual when refusing a dispute about marking', () => {
    expect(judgeSubjectReview('实操', 59, 'disputeMarking').explanation).toContain('不对试题进行重新评阅');
  });
});

describe('objectiveReviewRuleText', () => {
  test('quotes the manual’s sentence on computer-marked subjects', () => {
    expect(objectiveReviewRuleText).toBe('复查原则上仅限于主观题科目。采用计算机阅卷的客观题科目，仅在成绩为零分或缺考时复查。');
  });
});

describe('findRepeatedRequests', () => {
  test('returns null for candidates asked for once', () => {
    expect(findRepeatedRequests(['11010519491231002X', '130503196704010016'], [])).toEqual([null, null]);
  });

  test('flags the second row of the same candidate, ignoring case and spaces', () => {
    const result = findRepeatedRequests(['11010519491231002X', ' 11010519491231002x'], []);
    expect(result[0]).toBeNull();
    expect(result[1]).toContain('与第 1 位考生的证件号码相同');
  });

  test('flags a candidate already filed in this publication', () => {
    expect(findRepeatedRequests(['11010519491231002X'], ['11010519491231002X'])[0]).toContain('成绩公示期内复查仅此一次');
  });
});
