/**
 * Where the user is in a wizard: every step by name from the machine's own step
 * list, the current one marked, earlier ones done and revisitable (修改 without
 * going through 上一步 screen by screen). Screen readers hear 「第 N 步，共 M 步」.
 */
import type { StepErrorsContext, StepOverview } from './step-list';

/** Props of the step indicator. */
export interface StepIndicatorProps<TContext extends StepErrorsContext> {
  steps: StepOverview<TContext>;
  /** The step shown now. */
  current: string;
  context: TContext;
  /** Go to an earlier step; omitted while work is running. */
  onGo?: (step: string) => void;
}

/** Return the step whose position in the indicator `step` takes: itself, or the step it is part of. */
export function findIndicatorStep<TContext extends StepErrorsContext>(steps: StepOverview<TContext>, step: string): string {
  let current = step;
  // A printout opened from a result is part of the result, which may itself be part of another step.
  for (let depth = 0; depth < steps.ids.length; depth += 1) {
    const parent = steps.isStep(current) ? steps.definitions[current].partOf : undefined;
    if (!parent) return current;
    current = parent;
  }
  return current;
}

/** Render the steps as an ordered list. */
export function StepIndicator<TContext extends StepErrorsContext>({ steps, current, context, onGo }: StepIndicatorProps<TContext>) {
  const shown = steps.ids.filter((step) => !steps.definitions[step].partOf);
  const position = shown.indexOf(findIndicatorStep(steps, current));
  if (position < 0) return null;
  return (
    <nav class="wizard-steps" aria-label="向导步骤" data-print-hidden>
      <p class="sr-only">
        第 {position + 1} 步，共 {shown.length} 步：{steps.definitions[shown[position]!].title}
      </p>
      <ol class="wizard-steps__list">
        {shown.map((step, index) => {
          const title = steps.definitions[step].title;
          if (index === position) {
            return (
              <li key={step} class="wizard-steps__item wizard-steps__item--current" aria-current="step">
                <span class="wizard-steps__number">{index + 1}</span>
                {title}
              </li>
            );
          }
          const isDone = index < position;
          const canGo = isDone && onGo !== undefined && steps.canEnter(step, context);
          return (
            <li key={step} class={`wizard-steps__item${isDone ? ' wizard-steps__item--done' : ''}`}>
              {canGo ? (
                <button type="button" class="wizard-steps__link" onClick={() => onGo(step)}>
                  <span class="wizard-steps__number">{index + 1}</span>
                  {title}
                  <span class="sr-only">（已完成，返回修改）</span>
                </button>
              ) : (
                <>
                  <span class="wizard-steps__number">{index + 1}</span>
                  {title}
                  {isDone && <span class="sr-only">（已完成）</span>}
                </>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
