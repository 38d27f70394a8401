import { milestones } from '../domain/timeline/facts';
import { menus } from '../domain/platform/facts';
import { getWizard, type WizardSlug } from '../../wizards/catalog';

/** A key of 重要时间节点 (timeline milestones). */
export type MilestoneKey = (typeof milestones)[number]['key'];
/** A key of the platform's menu paths. */
export type MenuKey = keyof typeof menus;

/** One line of "when": a stage of the year and its window relative to the exam. */
export interface WhenLine {
  stage: string;
  timing: string;
}

/** Return the stage and window of each milestone, in the order given; throws on an unknown key. */
export function describeMilestones(keys: readonly string[]): WhenLine[] {
  return keys.map((key) => {
    const milestone = milestones.find((m) => m.key === key);
    if (!milestone) throw new Error(`Unknown milestone: ${key}`);
    return { stage: milestone.stage, timing: milestone.timing };
  });
}

/** Return a menu path quoted the way guides show it: 「考务管理-考场管理」. */
export function quoteMenu(key: MenuKey): string {
  return `「${menus[key]}」`;
}

/** Return the link and title of a wizard. */
export function describeWizardLink(slug: WizardSlug): { href: string; title: string; produces: string } {
  const wizard = getWizard(slug);
  return { href: `/wizards/${wizard.slug}/`, title: wizard.title, produces: wizard.produces };
}
