import { describe, expect, test } from 'vitest';
import { describeWizardLink } from '../../../src/components/wizard-link';
import { wizards } from '../../../wizards/catalog';

describe('describeWizardLink', () => {
  test.each(wizards.map((wizard) => ({ ...wizard })))('links $slug to its route with its catalog title', (wizard) => {
    expect(describeWizardLink(wizard.slug)).toEqual({
      href: `/wizards/${wizard.slug}/`,
      label: `打开填表向导：${wizard.title}`,
      produces: wizard.produces,
    });
  });
});
