/**
 * The exam plan's own windows (报名、缴费 …), each a start and an end date, as the
 * registration and timeline wizards ask for them. Shared so both ask the same way
 * and fill the same workspace fields.
 */
import { planWindows } from '../../src/domain/plan/facts';
import { getWindowFieldId, planWindowKeys, type PlanWindowKey, type PlanWindows, type WindowDraft } from '../../src/domain/plan/windows';
import { DateField } from '../kit/DateField';
import { errorFor } from '../kit/Fields';
import type { FieldError } from '../kit/wizard-machine';
import { prefillHint } from './workspace-hint';

/** Props of the plan window fields. */
export interface PlanWindowFieldsProps {
  windows: Readonly<Record<PlanWindowKey, WindowDraft>>;
  errors: readonly FieldError[];
  /** Added to each legend, e.g. 「（可不填）」 where the screen does not say so itself. Default: none. */
  legendSuffix?: string;
  onSet: (window: PlanWindowKey, end: 'start' | 'end', value: string) => void;
  /** The windows the workspace holds: a window still showing them says it was prefilled. Default: none. */
  saved?: Readonly<PlanWindows>;
}

/** One fieldset per plan window with its start and end dates side by side. */
export function PlanWindowFields({ windows, errors, legendSuffix = '', onSet, saved }: PlanWindowFieldsProps) {
  const isSaved = (key: PlanWindowKey) => {
    const range = saved?.[key];
    return !!range && windows[key].start.trim() === range.start && windows[key].end.trim() === range.end;
  };
  return (
    <>
      {planWindowKeys.map((key) => (
        <fieldset class="wizard-fieldset wizard-field" key={key}>
          <legend class="wizard-legend">
            {planWindows[key].name}
            {legendSuffix}
          </legend>
          {isSaved(key) && <p class="wizard-hint">{prefillHint(planWindows[key].name)}</p>}
          <div class="run-inline-fields not-content">
            {(['start', 'end'] as const).map((end) => {
              const id = getWindowFieldId(key, end);
              return (
                <DateField
                  key={end}
                  id={id}
                  label={end === 'start' ? '开始日期' : '结束日期'}
                  value={windows[key][end]}
                  error={errorFor(errors, id)}
                  onInput={(value) => onSet(key, end, value)}
                />
              );
            })}
          </div>
        </fieldset>
      ))}
    </>
  );
}
