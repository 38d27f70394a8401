/**
 * 接下来 (issue 14): a result screen says what comes next in the school's year and
 * links to it; here walked in demo mode through the timeline, whose next wizard
 * comes after the exam. Every island's link is checked in
 * tests/unit/wizards/shared/next-wizard.test.tsx.
 */
import { expect, test, visit } from './fixtures';

test('the timeline result links to 成绩复查申请, after the exam', async ({ page }) => {
  await visit(page, '/wizards/timeline/?demo=1');
  await expect(page.locator('#wizard-step-title')).toHaveText('考试日期是哪一天？');
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.locator('#wizard-step-title')).toHaveText(/考核计划上的时间/);
  await page.getByRole('button', { name: '下一步' }).click();
  const next = page.getByRole('region', { name: '接下来' });
  await expect(next).toContainText('考试结束、平台公布成绩后');
  await next.getByRole('link', { name: '打开「成绩复查申请」向导' }).click();
  await expect(page).toHaveURL(/\/wizards\/review\//);
});

test('a screen that is not the result has no 接下来', async ({ page }) => {
  await visit(page, '/wizards/timeline/?demo=1');
  await expect(page.locator('#wizard-step-title')).toHaveText('考试日期是哪一天？');
  await expect(page.getByRole('region', { name: '接下来' })).toHaveCount(0);
});
