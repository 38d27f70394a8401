import { describe, expect, test } from 'vitest';
import { wizards } from '../../../wizards/catalog';
import { wizardDrafts } from '../../../wizards/drafts';

describe('wizardDrafts', () => {
  test('lists every wizard of the catalog by its title, in the catalog’s order', () => {
    expect(Object.entries(wizardDrafts).map(([slug, entry]) => [slug, entry.title])).toEqual(wizards.map((wizard) => [wizard.slug, wizard.title]));
  });

  test.each(wizards.map((wizard) => ({ slug: wizard.slug })))('loads the draft spec of $slug', async ({ slug }) => {
    const spec = await wizardDrafts[slug]!.loadSpec();
    expect(spec.slug).toBe(slug);
    expect(spec.version).toBeGreaterThanOrEqual(1);
    expect(typeof spec.schema.safeParse).toBe('function');
  });
});
