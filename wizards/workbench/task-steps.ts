/**
 * A wizard's steps as its step indicator numbers them, in plain data: the page
 * works it out from each wizard's step list when the site is built and hands it
 * to the island, so the browser loads no step list (and no XState) to say
 * 「进行中，第 3 步，共 8 步」.
 */
import { findIndicatorStep } from '../kit/StepIndicator';
import type { StepErrorsContext, StepOverview } from '../kit/step-list';

/** Where each step of one wizard stands in its step indicator. */
export interface TaskSteps {
  /** Steps the indicator shows. */
  count: number;
  /** Each step id (screens that are `partOf` another included) → its number in the indicator, from 1. */
  positions: Record<string, number>;
  /** Each step id → the title of the indicator step it counts as. */
  titles: Record<string, string>;
}

/** Return the indicator numbering of a step list: the same `findIndicatorStep` the step indicator uses. */
export function describeTaskSteps<TContext extends StepErrorsContext>(steps: Pick<StepOverview<TContext>, 'ids' | 'definitions' | 'isStep'>): TaskSteps {
  const shown = steps.ids.filter((step) => !steps.definitions[step].partOf);
  const positions: Record<string, number> = {};
  const titles: Record<string, string> = {};
  for (const step of steps.ids) {
    const shownStep = findIndicatorStep(steps as StepOverview<TContext>, step);
    positions[step] = shown.indexOf(shownStep) + 1;
    titles[step] = steps.definitions[shownStep].title;
  }
  return { count: shown.length, positions, titles };
}
