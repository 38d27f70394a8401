/**
 * Links between wizards, from the catalog: the page of a wizard, and a step's
 * `blockedBy` answer naming the wizard that provides what is missing.
 */
import type { Problem } from '../../src/domain/plan/problem';
import { withBase } from '../../src/paths';
import { getWizard, wizardSlugs, type WizardSlug } from '../catalog';
import type { StepBlocker } from '../kit/step-list';

/** The page of a wizard and its title. */
export function linkToWizard(slug: WizardSlug): { href: string; title: string } {
  return { href: withBase(`/wizards/${slug}/`), title: getWizard(slug).title };
}

/** Return the wizard after `slug` in a school's year, or undefined after the last. */
export function getNextWizard(slug: WizardSlug): WizardSlug | undefined {
  return wizardSlugs[wizardSlugs.indexOf(slug) + 1];
}

/** A step's `blockedBy` from its check: the first problem, provided by `provider` (a slug, or a function of the problem). */
export function blockerFrom(problems: readonly Problem[], provider: WizardSlug | ((problem: Problem) => WizardSlug)): StepBlocker | undefined {
  const [problem] = problems;
  if (!problem) return undefined;
  return { field: problem.field, message: problem.message, provider: linkToWizard(typeof provider === 'function' ? provider(problem) : provider) };
}
