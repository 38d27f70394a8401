/** The first screens: what the workspace holds, the exam plan, and each level's subject times. */
import { levelFacts, levels } from '../../src/domain/certificate/facts';
import { menus } from '../../src/domain/platform/facts';
import { getSittingFieldId } from '../../src/domain/plan/rules';
import { getWizard } from '../catalog';
import { DateField } from '../kit/DateField';
import { Checkbox, TextField, errorFor } from '../kit/Fields';
import { StepPage } from '../kit/StepPage';
import { PlanWindowFields } from '../shared/PlanWindowFields';
import { prefillHint } from '../shared/workspace-hint';
import type { RegistrationContext } from './context-schema';
import type { RegistrationScreenProps } from './screen-props';

/** 开始: how many candidates the workspace holds (with none, the kit shows the step's `blockedBy` instead). */
export function StartScreen({ snapshot, send }: RegistrationScreenProps) {
  const { context } = snapshot;
  return (
    <StepPage title="为学生报考：开始之前" errors={context.errors} onNext={() => send({ type: 'step.next' })}>
      <p>
        学校工作区中有 <strong>{context.workspace.candidates.length}</strong>{' '}
        名已检查的考生（来自「考生信息导入」向导）。接下来填写考核计划、为每位考生选择级别，最后生成「按证书导入」报考文件。
      </p>
    </StepPage>
  );
}

/** 考核计划: name, year and the windows, copied from the platform. */
export function PlanScreen({ snapshot, send }: RegistrationScreenProps) {
  const { context } = snapshot;
  return (
    <StepPage title="填写考核计划" errors={context.errors} onBack={() => send({ type: 'step.back' })} onNext={() => send({ type: 'step.next' })}>
      <p class="wizard-hint">在平台「{menus.examPlan}」中打开本次考核计划，照着填写。日期格式如 2026-06-27。</p>
      <TextField
        id="plan-name"
        label="计划名称"
        value={context.planName}
        error={errorFor(context.errors, 'plan-name')}
        size={36}
        onInput={(value) => send({ type: 'plan.set', field: 'planName', value })}
      />
      <TextField
        id="plan-year"
        label="考核所属年度"
        value={context.planYear}
        error={errorFor(context.errors, 'plan-year')}
        inputMode="numeric"
        size={6}
        onInput={(value) => send({ type: 'plan.set', field: 'planYear', value })}
      />
      <PlanWindowFields windows={context.windows} saved={context.workspace.examPlan} errors={context.errors} legendSuffix="（可不填）" onSet={(window, end, value) => send({ type: 'window.set', window, end, value })} />
    </StepPage>
  );
}

const parts = [
  { part: 'theory', kind: '理论' },
  { part: 'practical', kind: '实操' },
] as const;

const timeFields = [
  { key: 'date', label: '考试日期', size: 12 },
  { key: 'start', label: '开始时间', size: 6 },
  { key: 'end', label: '结束时间', size: 6 },
] as const;

/** Where a date came from, while the box still holds the exam date the timeline wizard saved. */
function timelineDateHint({ workspace }: RegistrationContext, date: string): string | undefined {
  const saved = workspace.examPlan.examDate;
  return saved && date === saved ? prefillHint('考试日期', `「${getWizard('timeline').title}」向导中的`) : undefined;
}

/** 科目考试时间: which levels the school sits, and when each subject runs. */
export function TimesScreen({ snapshot, send }: RegistrationScreenProps) {
  const { context } = snapshot;
  return (
    <StepPage
      title="本次考试的级别和科目考试时间"
      errors={context.errors}
      onBack={() => send({ type: 'step.back' })}
      onNext={() => send({ type: 'step.next' })}
    >
      <p class="wizard-hint">勾选本校有考生参加的级别，按考核计划中的“科目考试时间”填写。时间用 24 小时制，例如 14:00。</p>
      {levels.map((level) => (
        <div key={level} class="wizard-field">
          <Checkbox
            id={`level-${level}`}
            label={`本次有考生参加${level}`}
            checked={context.levels[level].isSat}
            error={errorFor(context.errors, `level-${level}`)}
            onChange={(isSat) => send({ type: 'level.toggle', level, isSat })}
          />
          {context.levels[level].isSat &&
            parts.map(({ part, kind }) => {
              const subject = levelFacts[level].subjects.find((entry) => entry.kind === kind)!;
              return (
                <fieldset class="wizard-fieldset wizard-field" key={part}>
                  <legend class="wizard-legend">
                    {subject.name}（{subject.code}）
                  </legend>
                  <div class="run-inline-fields not-content">
                    {timeFields.map(({ key, label, size }) => {
                      const id = getSittingFieldId(level, part, key);
                      if (key === 'date') {
                        return (
                          <DateField
                            key={key}
                            id={id}
                            label={label}
                            hint={timelineDateHint(context, context.levels[level][part][key])}
                            value={context.levels[level][part][key]}
                            error={errorFor(context.errors, id)}
                            onInput={(value) => send({ type: 'sitting.set', level, part, key, value })}
                          />
                        );
                      }
                      return (
                        <TextField
                          key={key}
                          id={id}
                          label={label}
                          size={size}
                          value={context.levels[level][part][key]}
                          error={errorFor(context.errors, id)}
                          onInput={(value) => send({ type: 'sitting.set', level, part, key, value })}
                        />
                      );
                    })}
                  </div>
                </fieldset>
              );
            })}
        </div>
      ))}
    </StepPage>
  );
}
