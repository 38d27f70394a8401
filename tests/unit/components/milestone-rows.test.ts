import { describe, expect, test } from 'vitest';
import { getMilestone } from '../../../src/components/milestone-rows';
import { milestones } from '../../../src/domain/timeline/facts';

describe('getMilestone', () => {
  test.each(milestones.map((m) => ({ key: m.key, stage: m.stage })))('returns $stage for $key', ({ key, stage }) => {
    expect(getMilestone(key).stage).toBe(stage);
  });

  test('throws for an unknown key', () => {
    expect(() => getMilestone('nope')).toThrow('Unknown milestone: nope');
  });
});
