import { materialsDocuments } from '../../wizards/materials/output';
import { roomsPlanned, staffed } from '../fixtures/workspace';
import { expectDocumentFitsA4, openWizardWith, pressMainButton, screenTitle } from './exam-run';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';

/** Pages each document prints for the staffed fixture: 3 rooms (40, 40, 10 seats) × 2 sessions, 2 levels, 9 staff. */
const expectedPages: Record<string, number> = {
  checklist: 2,
  banner: 2,
  doorLabels: 6,
  deskLabels: 18,
  signInSheets: 10,
  roomRecords: 6,
  inspectionRecord: 1,
  sealingConfirmation: 1,
  staffPledge: 1,
  // One page per session of each room's day: 301 holds 中级 and 初级 (4 sessions), 302 初级 (2).
  runSheets: 6,
  emergencyCard: 1,
};

test('counts materials from the rooms and prints every exam-day document on A4 pages', async ({ page }) => {
  // Prints many A4 documents: more than the default on a busy machine.
  test.setTimeout(300_000);
  await openWizardWith(page, 'materials', staffed);
  await pressMainButton(page);

  await expect(screenTitle(page)).toHaveText('需要准备的物料');
  await expect(page.getByRole('row', { name: /^考场签到表/ })).toContainText('12 份');
  await expect(page.getByRole('row', { name: /^草稿纸/ })).toContainText('190 张');
  await expect(page.getByRole('row', { name: /^工作牌/ })).toContainText('10 个');
  await expectNoAxeViolations(page);
  await pressMainButton(page, '打印文件');

  await expect(screenTitle(page)).toHaveText('打印考试当天的文件');
  await expect(page.locator('.wizard-step')).toContainText('「考试管理-排考管理」的考场编排页面点「查看详情」');
  for (const document of materialsDocuments) {
    await page.getByRole('button', { name: new RegExp(`查看并打印\\s*${document.title.replace(/[()（）]/g, '.')}`) }).click();
    await expect(page.locator('.print-toolbar h2')).toHaveText(document.title);
    await expect(page.locator('.print-toolbar h2')).toBeFocused();
    expect(await expectDocumentFitsA4(page), document.id).toBe(expectedPages[document.id]);
    if (document.id === 'signInSheets') await expectNoAxeViolations(page, 'print screen');
    await page.locator('.print-toolbar').getByRole('button', { name: '返回' }).click();
    await expect(screenTitle(page)).toHaveText('打印考试当天的文件');
  }
});

test('prints the banner text for each level and blank pledge lines before the staff are known', async ({ page }) => {
  await openWizardWith(page, 'materials', roomsPlanned);
  await expect(page.locator('.wizard-step')).toContainText('还没有考务人员名单');
  await pressMainButton(page);
  await pressMainButton(page, '打印文件');
  await page.getByRole('button', { name: /查看并打印\s*横幅文字/ }).click();
  await expect(page.locator('.print-banner')).toHaveText(['1+X 网店运营推广职业技能等级证书（初级）考试', '1+X 网店运营推广职业技能等级证书（中级）考试']);
  await page.locator('.print-toolbar').getByRole('button', { name: '返回' }).click();
  await page.getByRole('button', { name: /查看并打印\s*考务人员承诺书/ }).click();
  await expect(page.locator('.print-page tbody tr').first()).toHaveText('');
});
