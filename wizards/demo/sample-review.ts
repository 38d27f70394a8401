/**
 * The sample school's score review request, begun: the review wizard's draft at its
 * first screen, with the plan, school and 考务负责人 (the site's 主考) the workspace
 * knows, the school's own opinion, and the request dated on the first day of the sample
 * plan's 成绩公示. The sample plan lies ahead of the day the demo is loaded
 * (sample-plan.ts), so the wizard's own default, today, would come before the
 * publication and the request could not go on; dated within the publication, it
 * follows the plan for any day the demo is loaded. The demo layer does not import the
 * wizards: the draft is checked against the review wizard's schema and checks in
 * tests/unit/wizards/demo/sample-review.test.ts.
 */
import { findChiefExaminer } from '../../src/domain/staffing/chief-examiner';
import type { Workspace } from '../../src/domain/workspace/schema';
import { createDraftEnvelope, type DraftEnvelope } from '../kit/draft-envelope';
import { draftKey } from '../kit/storage';

/** Version of the review wizard's draft schema (checked by the unit test). */
const reviewDraftVersion = 1;

/** The sample school's opinion on its request: its two students sat the 理论 exam the export shows them absent from. */
export const sampleReviewOpinion = '经核对，以上考生参加了理论考试，考生信息属实，同意申请成绩复查。';

/** Return the day the sample school sends its review request: the first day of the plan's score publication. */
export function getSampleReviewDate(workspace: Workspace): string {
  const publication = workspace.examPlan.scorePublication;
  if (!publication) throw new Error('The sample plan has no score publication period');
  return publication.start;
}

/** Return the review wizard's draft the demo's store starts with, saved at `now`. */
export function buildSampleReviewDraft(workspace: Workspace, now: Date): [string, DraftEnvelope] {
  const chief = findChiefExaminer(workspace.staff);
  const form = {
    planName: workspace.examPlan.name,
    publicationStart: getSampleReviewDate(workspace),
    publicationEnd: workspace.examPlan.scorePublication!.end,
    requestDate: getSampleReviewDate(workspace),
    schoolName: workspace.school.name,
    officer: chief?.name ?? '',
    contact: chief?.phone ?? '',
    opinion: sampleReviewOpinion,
  };
  const context = { form, students: [], filed: {}, objectiveSubject: null, errors: [], pasted: '', lastImport: null, progress: null };
  return [draftKey('review'), createDraftEnvelope({ slug: 'review', version: reviewDraftVersion }, 'plan', context, now)];
}
