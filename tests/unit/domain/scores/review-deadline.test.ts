import { describe, expect, test } from 'vitest';
import { reviewWindow } from '../../../../src/domain/scores/facts';
import { reviewDeadline } from '../../../../src/domain/scores/review-deadline';

describe('reviewDeadline', () => {
  test('states both of the manual’s limits and that the earlier one decides', () => {
    expect(reviewDeadline).toContain(`${reviewWindow.requestWithinWorkingDays} 个工作日内`);
    expect(reviewDeadline).toContain(`公示期内的一周（${reviewWindow.publicationReviewDays} 天）`);
    expect(reviewDeadline).toContain('以先到的为准');
  });
});
