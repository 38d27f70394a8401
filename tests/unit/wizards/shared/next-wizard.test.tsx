// @vitest-environment happy-dom
/**
 * 「接下来」 below every result (issue 14): each wizard links to the next one in the
 * school's year, in the catalog's order, and every island hands it to the host.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { getWizard, wizardSlugs } from '../../../../wizards/catalog';
import { NextWizard } from '../../../../wizards/shared/NextWizard';

async function renderNext(slug: (typeof wizardSlugs)[number]) {
  const root = document.createElement('div');
  await act(() => render(<NextWizard current={slug} />, root));
  return root;
}

const allButLast = wizardSlugs.slice(0, -1).map((slug, index) => ({ slug, next: wizardSlugs[index + 1]! }));

describe('NextWizard', () => {
  test.each(allButLast)('links $slug to $next', async ({ slug, next }) => {
    const root = await renderNext(slug);
    const link = root.querySelector('a')!;
    expect(link.getAttribute('href')).toBe(`/wizards/${next}/`);
    expect(link.textContent).toBe(`打开「${getWizard(next).title}」向导`);
    expect(root.textContent).toContain(getWizard(next).produces);
  });

  test('says review starts after the exam', async () => {
    expect((await renderNext('timeline')).textContent).toContain('考试结束');
  });

  test('renders nothing after the last wizard', async () => {
    expect((await renderNext(wizardSlugs.at(-1)!)).innerHTML).toBe('');
  });

  test.each(allButLast)('is handed to the host by the $slug island', ({ slug }) => {
    const island = readdirSync(`wizards/${slug}`).find((file) => file.endsWith('Island.tsx'))!;
    expect(readFileSync(`wizards/${slug}/${island}`, 'utf8')).toContain(`nextWizard={<NextWizard current="${slug}" />}`);
  });
});
