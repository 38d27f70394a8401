import { describe, expect, test } from 'vitest';
import {
  findRepeatedRequests,
  isObjectiveSubject,
  judgeSubjectReview,
  listReviewReasons,
} from '../../../../src/domain/scores/review-scope';

describe('isObjectiveSubject', () => {
  test.each([
    { kind: '理论', expected: true },
    { kind: '实操', expected: false },
  ] as const)('returns $expected for $kind', ({ kind, expected }) => {
    expect(isObjectiveSubject(kind)).toBe(expected);
  });
});

describe('listReviewReasons', () => {
  test('offers no subjective-marking reasons for theory', () => {
    expect(listReviewReasons('理论').map((reason) => reason.key)).toEqual(['noScore', 'zeroScore', 'disputeMarking']);
  });
});

describe('judgeSubjectReview', () => {
  test.each([
    // The 0-or-missing rule for the objective (theory) subject.
    { kind: '理论', score: 0, reason: 'zeroScore', isAccepted: true },
    { kind: '理论', score: null, reason: 'noScore', isAccepted: true },
    { kind: '理论', score: 1, reason: 'zeroScore', isAccepted: false },
    { kind: '理论', score: 59, reason: 'wrongTotal', isAccepted: false },
    { kind: '理论', score: 0, reason: 'noScore', isAccepted: false },
    { kind: '理论', score: 0, reason: 'missedMarking', isAccepted: false },
    // The practical subject: subjective parts are reviewed for missed marking or wrong totals.
    { kind: '实操', score: 58, reason: 'missedMarking', isAccepted: true },
    { kind: '实操', score: 30, reason: 'wrongTotal', isAccepted: true },
    { kind: '实操', score: null, reason: 'noScore', isAccepted: true },
    { kind: '实操', score: 0, reason: 'zeroScore', isAccepted: true },
    { kind: '实操', score: 45, reason: 'noScore', isAccepted: false },
    { kind: '实操', score: 59, reason: 'disputeMarking', isAccepted: false },
  ] as const)('returns $isAccepted for $kind at $score for $reason', ({ kind, score, reason, isAccepted }) => {
    expect(judgeSubjectReview(kind, score, reason).isAccepted).toBe(isAccepted);
  });

  test('quotes the objective-subject rule when refusing a theory score above zero', () => {
    expect(judgeSubjectReview('理论', 59, 'zeroScore').explanation).toMatchInlineSnapshot(`"理论是采用计算机阅卷的客观题科目，仅在成绩为零分或缺考时复查；该考生理论成绩为 59 分，不予复查。"`);
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
