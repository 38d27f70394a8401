import { describe, expect, test } from 'vitest';
import { readDraft } from '../../../../wizards/kit/saved-work';
import { reviewDraftSpec, type ReviewContext } from '../../../../wizards/review/context-schema';
import { reviewSteps } from '../../../../wizards/review/steps';
import { buildSampleReviewDraft } from '../../../../wizards/demo/sample-review';
import { buildSampleWorkspace } from '../../../../wizards/demo/sample-workspace';

describe('buildSampleReviewDraft', () => {
  // Days across a year, a month's end and a leap day: the plan moves with the day the demo is loaded.
  test.each(['2026-01-01T09:00:00+08:00', '2026-11-26T23:30:00+08:00', '2027-12-31T12:00:00+08:00', '2028-02-29T08:00:00+08:00'])(
    'dates the request within the sample plan’s publication, so the deadline screen passes, for a demo loaded at %s',
    (loadedAt) => {
      const now = new Date(loadedAt);
      const workspace = buildSampleWorkspace(now);
      const [key, draft] = buildSampleReviewDraft(workspace, now);
      expect(key).toBe('draft:review');
      const read = readDraft(reviewDraftSpec, draft);
      if (read.kind !== 'ok') throw new Error(`draft not read: ${read.kind}`);
      const context = { ...(read.value.context as Omit<ReviewContext, 'workspace'>), workspace } as ReviewContext;
      expect(context.form).toMatchObject({ planName: workspace.examPlan.name, publicationStart: workspace.examPlan.scorePublication!.start, requestDate: workspace.examPlan.scorePublication!.start, schoolName: workspace.school.name });
      expect(reviewSteps.errorsOf('plan', context)).toEqual([]);
      expect(reviewSteps.errorsOf('deadline', context)).toEqual([]);
      expect(reviewSteps.errorsOf('contact', context)).toEqual([]);
    },
  );
});
