/**
 * First screens on a browser with nothing saved: a wizard built on an earlier one
 * cannot start, so its screen offers only what unblocks it (issue 14): a link to
 * the wizard that provides the missing data and 导入工作文件, and no 下一步.
 */
import { pressMainButton, screenTitle } from './exam-run';
import { expect, test, visit } from './fixtures';

const cases = [
  { slug: 'photos', message: '学校工作区中还没有考生名单', linkText: '打开「考生信息导入」向导', href: '/wizards/candidates/' },
  { slug: 'registration', message: '学校工作区中还没有考生', linkText: '打开「考生信息导入」向导', href: '/wizards/candidates/' },
  { slug: 'rooms', message: '还没有考核计划的科目考试时间', linkText: '打开「为学生报考」向导', href: '/wizards/registration/' },
  { slug: 'staff', message: '还没有考核计划的科目考试时间', linkText: '打开「为学生报考」向导', href: '/wizards/registration/' },
  { slug: 'materials', message: '还没有考核计划的科目考试时间', linkText: '打开「为学生报考」向导', href: '/wizards/registration/' },
];

for (const { slug, message, linkText, href } of cases) {
  test(`${slug}: on an empty workspace offers only the earlier wizard and 导入工作文件, no 下一步`, async ({ page }) => {
    await visit(page, `/wizards/${slug}/`);
    await expect(screenTitle(page)).toHaveText('还不能开始');
    const step = page.locator('.wizard-step');
    await expect(step).toContainText(message);
    await expect(step.getByRole('link', { name: linkText })).toHaveAttribute('href', href);
    await expect(step.getByRole('button')).toHaveCount(0);
    await expect(page.getByRole('button', { name: '下一步' })).toHaveCount(0);
    await expect(page.getByText('导入工作文件', { exact: true })).toBeVisible();
    await expect(page.locator('.wizard-error-summary')).toHaveCount(0);
  });
}

test('timeline: 下一步 without an exam date asks for one', async ({ page }) => {
  await visit(page, '/wizards/timeline/');
  await pressMainButton(page);
  await expect(page.locator('.wizard-error-summary')).toBeFocused();
  await expect(page.getByRole('alert')).toContainText('请填写正确的考试日期');
  await page.getByRole('alert').getByRole('link').first().click();
  await expect(page.getByLabel('考试日期', { exact: true })).toBeFocused();
});
