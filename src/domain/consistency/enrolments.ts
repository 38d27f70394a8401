/** Registration against the candidate list and the exam plan (see rules.ts for what each rule checks and why). */
import { levels } from '../certificate/facts';
import { listRegisteredCandidates } from '../enrolment/rules';
import { menus } from '../platform/facts';
import { listNames, nameWizard, type ConsistencyFinding, type ConsistencyInput } from './finding';

/** Return a finding for 报考 choices (with a level) of 证件号码 that are no longer in the candidate list. */
export function checkEnrolmentChoices({ candidates, enrolments }: ConsistencyInput): ConsistencyFinding[] {
  const listed = new Set(candidates.map((candidate) => candidate.documentNumber));
  const stale = enrolments.filter((choice) => choice.level && !listed.has(choice.documentNumber)).map((choice) => choice.documentNumber);
  if (stale.length === 0) return [];
  return [
    {
      key: 'enrolment-unknown-candidates',
      message: `有 ${stale.length} 条报考选择的证件号码已不在考生名单中：${listNames(stale, '个')}。请打开${nameWizard('registration')}重新保存报考级别；如已在「${menus.enrolment}」为他们报考，请在平台上核对。`,
      fixIn: 'registration',
    },
  ];
}

/** Return a finding for the levels registered candidates sit that have no subject times in the exam plan. */
export function checkPlanLevels({ candidates, enrolments, examPlan }: ConsistencyInput): ConsistencyFinding[] {
  const timed = new Set(examPlan.levels.map((entry) => entry.level));
  const registered = listRegisteredCandidates(candidates, enrolments);
  const untimed = levels
    .filter((level) => !timed.has(level))
    .map((level) => ({ level, names: registered.filter((candidate) => candidate.level === level).map((candidate) => candidate.name) }))
    .filter((entry) => entry.names.length > 0);
  if (untimed.length === 0) return [];
  const levelNames = untimed.map((entry) => entry.level).join('、');
  return [
    {
      key: 'plan-level-without-times',
      message: `考核计划中没有${levelNames}的考试时间，但有考生报考：${untimed.map((entry) => `${entry.level} ${listNames(entry.names)}`).join('；')}。请打开${nameWizard('registration')}，勾选${levelNames}并填写科目考试时间，或为这些考生改选级别。`,
      fixIn: 'registration',
    },
  ];
}
