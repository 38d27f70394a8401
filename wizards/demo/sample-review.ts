/**
 * The sample school's score review request, begun: the review wizard's draft at its
 * first screen, everything the workspace knows filled in as the wizard itself fills it
 * (`createReviewContext`), and the request dated on the first day of the sample plan's
 * 成绩公示. The sample plan lies ahead of the day the demo is loaded (sample-plan.ts), so
 * the wizard's own default, today, would come before the publication and the request
 * could not go on; dated within the publication, it follows the plan for any day the
 * demo is loaded. Checked in tests/unit/wizards/demo/sample-review.test.ts.
 */
import type { Workspace } from '../../src/domain/workspace/schema';
import { createDraftEnvelope, type DraftEnvelope } from '../kit/draft-envelope';
import { draftKey } from '../kit/storage';
import { reviewDraftSpec } from '../review/context-schema';
import { createReviewContext } from '../review/context';

/** Return the day the sample school sends its review request: the first day of the plan's score publication. */
export function getSampleReviewDate(workspace: Workspace): string {
  const publication = workspace.examPlan.scorePublication;
  if (!publication) throw new Error('The sample plan has no score publication period');
  return publication.start;
}

/** Return the review wizard's draft the demo's store starts with, saved at `now`. */
export function buildSampleReviewDraft(workspace: Workspace, now: Date): [string, DraftEnvelope] {
  return [draftKey(reviewDraftSpec.slug), createDraftEnvelope(reviewDraftSpec, 'plan', createReviewContext(workspace, getSampleReviewDate(workspace)), now)];
}
