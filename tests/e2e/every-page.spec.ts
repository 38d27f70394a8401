import { test, expect, visit } from './fixtures';
import { listBuiltPages } from './built-pages';
import { expectNoAxeViolations } from './axe';

const pages = listBuiltPages();

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
  });
}
