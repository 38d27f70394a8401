import { readFileSync } from 'node:fs';
import { test as fileTest } from '@playwright/test';
import { test, expect, visit } from './fixtures';
import { builtFileFor, distDir, listBuiltPages } from './built-pages';
import { readBuiltBase } from '../../scripts/built-base';
import { toRoute } from '../../src/paths';
import { expectNoAxeViolations } from './axe';
import { findRawMarkup, parsePage, readPageText } from './page-text';

const pages = listBuiltPages();
const readBuilt = (path: string) => readFileSync(builtFileFor(path), 'utf8');

test('finds built pages to check', () => {
  expect(pages.length).toBeGreaterThan(3);
});

for (const path of pages) {
  test.describe(`page ${path}`, () => {
    test('loads without errors and passes axe (WCAG 2.1 A and AA)', async ({ page }) => {
      await visit(page, path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await expectNoAxeViolations(page);
    });

    // Reads the built HTML itself, no browser: an MDX {expression} left as text or an unclosed ** is a build bug.
    fileTest('shows no raw {placeholder} or ** in its text', () => {
      expect(findRawMarkup(readPageText(readBuilt(path)))).toEqual([]);
    });
  });
}

fileTest('links every glossary term to the guide that explains it', () => {
  const terms = [...parsePage(readBuilt('/reference/glossary/')).querySelectorAll('dl.glossary dt')];
  expect(terms.length).toBeGreaterThan(100);
  // Links carry the build's base (`/kaowu/` in the release suite): compare the routes inside the site.
  const base = readBuiltBase(distDir);
  const targets = terms.map((term) => { const href = term.querySelector('a')?.getAttribute('href'); return href ? toRoute(href, base) : `no link: ${term.textContent}`; });
  expect(targets.filter((href) => !/^\/[a-z-]+\/[a-z-]+\/(#.+)?$/.test(href) || !pages.includes(href.split('#')[0]!))).toEqual([]);
});
