/** Choosing each candidate's level (by class, then one by one) and marking who is 信息准确 on the platform. */
import type { Level } from '../../src/domain/certificate/schema';
import { groupCandidatesByClass, listMajorsAcrossClasses, type CandidateGroup } from '../../src/domain/enrolment/rules';
import { enrolmentRules } from '../../src/domain/enrolment/facts';
import { menus } from '../../src/domain/platform/facts';
import { Checkbox, errorFor } from '../kit/Fields';
import { StepPage } from '../kit/StepPage';
import { maskDocumentNumber } from '../print/paging';
import type { RegistrationScreenProps } from './screen-props';
import { listSatLevels } from './steps';

const mixed = 'mixed';
const none = 'none';

/** Return the select value for a set of choices: their common level, none, or mixed. */
function commonValue(levels: ReadonlyArray<Level | null>): string {
  const distinct = new Set(levels);
  if (distinct.size !== 1) return mixed;
  return [...distinct][0] ?? none;
}

/** 报考级别: set a level for a whole major or class, then change single students. */
export function LevelsScreen({ snapshot, send }: RegistrationScreenProps) {
  const { context } = snapshot;
  const sat = listSatLevels(context);
  const choiceOf = new Map(context.choices.map((choice) => [choice.documentNumber, choice]));
  const groups = groupCandidatesByClass(context.workspace.candidates);
  const majors = listMajorsAcrossClasses(context.workspace.candidates);
  const setLevel = (documentNumbers: string[], value: string) =>
    value !== mixed && send({ type: 'choices.setLevel', documentNumbers, level: sat.find((level) => level === value) ?? null });
  const options = (withMixed: boolean) => (
    <>
      {withMixed && <option value={mixed}>（各不相同）</option>}
      <option value={none}>不报考</option>
      {sat.map((level) => (
        <option key={level} value={level}>
          {level}
        </option>
      ))}
    </>
  );
  const renderGroup = (group: CandidateGroup, id: string) => (
    <div class="wizard-field" key={id}>
      <label class="wizard-label" for={id}>
        {group.label}（{group.documentNumbers.length} 人）
      </label>
      <select
        class="wizard-select"
        id={id}
        value={commonValue(group.documentNumbers.map((number) => choiceOf.get(number)?.level ?? null))}
        onChange={(event) => setLevel(group.documentNumbers, event.currentTarget.value)}
      >
        {options(true)}
      </select>
    </div>
  );
  return (
    <StepPage
      title="为每位考生选择报考级别"
      errors={context.errors}
      onBack={() => send({ type: 'step.back' })}
      onNext={() => send({ type: 'step.next' })}
    >
      <p class="wizard-hint">
        先按{majors.length > 0 ? '专业或' : ''}班级（入学年份和专业）整体设置，再在下面的名单里修改个别考生。选“不报考”的考生不会写入报考文件。
      </p>
      <div class={`wizard-field${errorFor(context.errors, 'group-0') ? ' wizard-field--error' : ''}`}>
        {errorFor(context.errors, 'group-0') && <p class="wizard-error-message">{errorFor(context.errors, 'group-0')}</p>}
        {majors.map((major, index) => renderGroup(major, `major-${index}`))}
        {groups.map((group, index) => renderGroup(group, `group-${index}`))}
      </div>
      <details>
        <summary>逐个修改考生的级别（{context.workspace.candidates.length} 人）</summary>
        <div class="wizard-table-wrap">
          <table class="wizard-table">
            <thead>
              <tr>
                <th scope="col">姓名</th>
                <th scope="col">证件号码</th>
                <th scope="col">班级</th>
                <th scope="col">报考级别</th>
              </tr>
            </thead>
            <tbody>
              {context.workspace.candidates.map((candidate, index) => (
                <tr key={candidate.documentNumber}>
                  <th scope="row">{candidate.name}</th>
                  <td>{maskDocumentNumber(candidate.documentNumber)}</td>
                  <td>
                    {candidate.enrolmentYear}级 {candidate.major}
                  </td>
                  <td>
                    <label class="sr-only" for={`candidate-level-${index}`}>
                      {candidate.name}的报考级别
                    </label>
                    <select
                      class="wizard-select"
                      id={`candidate-level-${index}`}
                      value={choiceOf.get(candidate.documentNumber)?.level ?? none}
                      onChange={(event) => setLevel([candidate.documentNumber], event.currentTarget.value)}
                    >
                      {options(false)}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </StepPage>
  );
}

/** 信息准确: which candidates the platform already shows as accurate. */
export function StatusScreen({ snapshot, send }: RegistrationScreenProps) {
  const { context } = snapshot;
  const levelOf = new Map(context.choices.map((choice) => [choice.documentNumber, choice.level]));
  const withLevel = context.workspace.candidates.filter((candidate) => levelOf.get(candidate.documentNumber));
  const accurate = new Set(context.choices.filter((choice) => choice.isInfoAccurate).map((choice) => choice.documentNumber));
  const allAccurate = withLevel.every((candidate) => accurate.has(candidate.documentNumber));
  const numbers = withLevel.map((candidate) => candidate.documentNumber);
  return (
    <StepPage
      title="哪些考生在平台上已是“信息准确”？"
      errors={context.errors}
      onBack={() => send({ type: 'step.back' })}
      onNext={() => send({ type: 'step.next' })}
    >
      <p>
        在「{menus.candidates}」中查看每位考生的状态。{enrolmentRules.requiredCandidateStatus}
        的考生才能报考；“无照片”“信息待认证”“需人工确认”的考生现在导入会失败，先不写入报考文件。
      </p>
      <Checkbox
        id="accurate-all"
        label={`全部 ${withLevel.length} 名考生都已是“信息准确”`}
        checked={allAccurate}
        error={errorFor(context.errors, 'accurate-all')}
        onChange={(isInfoAccurate) => send({ type: 'choices.setAccurate', documentNumbers: numbers, isInfoAccurate })}
      />
      <p class="wizard-hint">
        已勾选 {numbers.filter((number) => accurate.has(number)).length} 人，还有 {numbers.filter((number) => !accurate.has(number)).length}{' '}
        人未确认。
      </p>
      <details>
        <summary>逐个勾选</summary>
        <fieldset class="wizard-fieldset">
          <legend class="sr-only">信息准确的考生</legend>
          {withLevel.map((candidate, index) => (
            <div class="wizard-choice" key={candidate.documentNumber}>
              <input
                type="checkbox"
                id={`accurate-${index}`}
                checked={accurate.has(candidate.documentNumber)}
                onChange={(event) =>
                  send({ type: 'choices.setAccurate', documentNumbers: [candidate.documentNumber], isInfoAccurate: event.currentTarget.checked })
                }
              />
              <label for={`accurate-${index}`}>
                {candidate.name}（{maskDocumentNumber(candidate.documentNumber)}）
              </label>
            </div>
          ))}
        </fieldset>
      </details>
    </StepPage>
  );
}
