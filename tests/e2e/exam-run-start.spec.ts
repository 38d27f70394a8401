/**
 * The exam-run wizards' first screens on a browser with nothing saved: 下一步 is
 * always offered, and pressing it says in the error summary what is missing,
 * with a link to the wizard that provides it.
 */
import { pressMainButton, screenTitle } from './exam-run';
import { expect, test, visit } from './fixtures';

const cases = [
  { slug: 'registration', message: '学校工作区中还没有考生', linkText: '打开「考生信息导入」向导', href: '/wizards/candidates/' },
  { slug: 'rooms', message: '还没有考核计划的科目考试时间', linkText: '打开「为学生报考」向导', href: '/wizards/registration/' },
  { slug: 'staff', message: '还没有考核计划的科目考试时间', linkText: '打开「为学生报考」向导', href: '/wizards/registration/' },
  { slug: 'materials', message: '还没有考核计划的科目考试时间', linkText: '打开「为学生报考」向导', href: '/wizards/registration/' },
];

for (const { slug, message, linkText, href } of cases) {
  test(`${slug}: 下一步 on an empty workspace names what is missing and links to the earlier wizard`, async ({ page }) => {
    await visit(page, `/wizards/${slug}/`);
    const title = await screenTitle(page).textContent();
    await pressMainButton(page);
    const summary = page.locator('.wizard-error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(message);
    await expect(screenTitle(page)).toHaveText(title!);
    // The summary's link moves focus to the link into the earlier wizard.
    await summary.getByRole('link').first().click();
    const prerequisite = page.getByRole('link', { name: linkText });
    await expect(prerequisite).toBeFocused();
    await expect(prerequisite).toHaveAttribute('href', href);
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
