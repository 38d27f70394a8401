import { getWizard, type WizardSlug } from '../../wizards/catalog';
import { withBase } from '../paths';

/** What a guide shows to send the reader into a wizard. */
export interface WizardLinkView {
  href: string;
  label: string;
  produces: string;
}

/** Return the link text and target for a wizard from the catalog. */
export function describeWizardLink(slug: WizardSlug): WizardLinkView {
  const wizard = getWizard(slug);
  return {
    href: withBase(`/wizards/${wizard.slug}/`),
    label: `打开填表向导：${wizard.title}`,
    produces: wizard.produces,
  };
}
