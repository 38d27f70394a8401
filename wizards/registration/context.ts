/**
 * The registration wizard's first context, filled from what the workspace
 * already knows: the plan and its subject times as typed text, each
 * candidate's level and 信息准确 mark, and the site.
 */
import { levels } from '../../src/domain/certificate/facts';
import type { Level } from '../../src/domain/certificate/schema';
import type { EnrolmentChoice } from '../../src/domain/enrolment/schema';
import { suggestSiteName } from '../../src/domain/enrolment/rules';
import { toWindowDrafts } from '../../src/domain/plan/windows';
import { getLocalToday } from '../../src/domain/timeline/iso-date';
import type { Workspace } from '../../src/domain/workspace/schema';
import type { RegistrationContext } from './context-schema';

/** Return the choices for the workspace's candidates: saved ones kept, new candidates unchosen. */
export function reconcileChoices(workspace: Workspace, previous: readonly EnrolmentChoice[]): EnrolmentChoice[] {
  const known = new Map([...workspace.enrolments, ...previous].map((choice) => [choice.documentNumber, choice]));
  return workspace.candidates.map(({ documentNumber }) => known.get(documentNumber) ?? { documentNumber, level: null, isInfoAccurate: false });
}

/**
 * Return the levels as typed with every empty 考试日期 set to the exam date the timeline
 * wizard saved (as the first context does), or the same levels when there is none to fill.
 */
export function fillSittingDates(draft: RegistrationContext['levels'], examDate: string | null): RegistrationContext['levels'] {
  const isEmpty = (level: Level) => draft[level].theory.date === '' || draft[level].practical.date === '';
  if (!examDate || !levels.some(isEmpty)) return draft;
  const fill = (sitting: RegistrationContext['levels'][Level]['theory']) => (sitting.date === '' ? { ...sitting, date: examDate } : sitting);
  return Object.fromEntries(levels.map((level) => [level, { ...draft[level], theory: fill(draft[level].theory), practical: fill(draft[level].practical) }])) as RegistrationContext['levels'];
}

/** Return the wizard's first context. */
export function createRegistrationContext(workspace: Workspace, today = getLocalToday()): RegistrationContext {
  const plan = workspace.examPlan;
  const emptySitting = { date: plan.examDate ?? '', start: '', end: '' };
  const levelDraft = (level: Level) => {
    const saved = plan.levels.find((entry) => entry.level === level);
    return saved
      ? { isSat: true, theory: { ...saved.theory }, practical: { ...saved.practical } }
      : { isSat: false, theory: { ...emptySitting }, practical: { ...emptySitting } };
  };
  return {
    workspace,
    today,
    planName: plan.name,
    planYear: plan.year === null ? '' : String(plan.year),
    windows: toWindowDrafts(plan),
    levels: Object.fromEntries(levels.map((level) => [level, levelDraft(level)])) as RegistrationContext['levels'],
    choices: reconcileChoices(workspace, []),
    siteCode: workspace.school.siteCode,
    siteName: workspace.school.siteName || suggestSiteName(workspace.school.name),
    feeMode: null,
    fees: { 初级: '', 中级: '', 高级: '' },
    errors: [],
  };
}
