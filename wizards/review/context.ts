/**
 * The review wizard's first context, filled from what the workspace already knows: the
 * plan's name and 成绩公示时间, the school's name, the site's 主考 as 考务负责人, and
 * today as the day the request is sent.
 */
import { findChiefExaminer } from '../../src/domain/staffing/chief-examiner';
import type { Workspace } from '../../src/domain/workspace/schema';
import type { ReviewContext } from './context-schema';

/** The school opinion offered to start from; the school may change it. */
export const defaultOpinion = '经核对，以上考生信息属实，同意申请成绩复查。';

/** Return the wizard's first context; `today` is the ISO date the request is sent by default. */
export function createReviewContext(workspace: Workspace, today: string): ReviewContext {
  return {
    workspace,
    form: fillFromWorkspace({ planName: '', publicationStart: '', publicationEnd: '', requestDate: today, schoolName: '', officer: '', contact: '', opinion: defaultOpinion }, workspace),
    students: [],
    filed: {},
    objectiveSubject: null,
    errors: [],
    pasted: '',
    lastImport: null,
    progress: null,
  };
}

/**
 * Return the answers with what the workspace knows filled into the boxes still empty: the
 * plan's name, the period the plan shows (「成绩公示时间」, when the school copied it into
 * the workspace), the school's name, and the 主考 the staff wizard saved as 考务负责人 with
 * their phone (the phone only when the 负责人 is that 主考). What was typed wins.
 */
export function fillFromWorkspace(form: ReviewContext['form'], workspace: Workspace): ReviewContext['form'] {
  const chief = findChiefExaminer(workspace.staff);
  const officer = form.officer || (chief?.name ?? '');
  return {
    ...form,
    planName: form.planName || workspace.examPlan.name,
    publicationStart: form.publicationStart || (workspace.examPlan.scorePublication?.start ?? ''),
    publicationEnd: form.publicationEnd || (workspace.examPlan.scorePublication?.end ?? ''),
    schoolName: form.schoolName || workspace.school.name,
    officer,
    contact: form.contact || (chief && officer === chief.name ? chief.phone : ''),
  };
}
