import AxeBuilder from '@axe-core/playwright';
import { test, expect, visit } from './fixtures';
import { listBuiltPages } from './built-pages';

const pages = listBuiltPages();

test('finds built pages to check', () => {
  expect(pages.length).toBeGreaterThan(3);
});

for (const path of pages) {
  test.describe(`page ${path}`, () => {
    test('loads without errors and passes axe (WCAG 2.1 A and AA)', async ({ page }) => {
      await visit(page, path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      const summary = results.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
      expect(summary).toEqual([]);
    });
  });
}
