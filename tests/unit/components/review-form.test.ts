import { describe, expect, test } from 'vitest';
import {
  formatReviewMailSubject,
  formatReviewNote,
  formatReviewReceiptTitle,
  splitReviewScope,
} from '../../../src/components/review-form';
import { reviewContact, reviewScope } from '../../../src/domain/scores/facts';

describe('formatReviewNote', () => {
  test('fills in the e-mail and phone and leaves no placeholder', () => {
    const note = formatReviewNote();
    expect(note).toContain(reviewContact.email);
    expect(note).toContain(reviewContact.phone);
    expect(note).not.toMatch(/\{\w+\}/);
  });
});

describe('formatReviewMailSubject', () => {
  test.each([
    { school: undefined, expected: 'XX 院校-网店运营推广证书复查表' },
    { school: '南京金陵中等专业学校', expected: '南京金陵中等专业学校-网店运营推广证书复查表' },
  ])('returns $expected', ({ school, expected }) => {
    expect(formatReviewMailSubject(school)).toBe(expected);
  });
});

describe('formatReviewReceiptTitle', () => {
  test('uses the manual’s placeholder school by default', () => {
    expect(formatReviewReceiptTitle()).toBe('网店运营推广职业技能等级证书成绩复查回执-XX 学校/院校');
  });
});

describe('splitReviewScope', () => {
  test('splits every point into covered or excluded, keeping the manual’s order', () => {
    const { covered, excluded } = splitReviewScope();
    expect(covered.length + excluded.length).toBe(reviewScope.length);
    expect(covered[0]).toBe(reviewScope[0]!.point);
    expect(excluded).toContain('任何考生不得查阅答卷原件');
  });
});
