import type { Locator, Page } from '@playwright/test';
import { WorkspaceSchema } from '../../src/domain/workspace/schema';
import { registered, roomsPlanned, staffed, withCandidates } from '../fixtures/workspace';
import { openWizardWith, screenTitle } from './exam-run';
import { expect, test } from './fixtures';

/** Press Tab until `target` has focus (at most 80 presses), as a keyboard user would. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let presses = 0; presses < 80; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`Tab never reached ${target}`);
}

test.describe('using the exam-run wizards with the keyboard only', () => {
  test('timeline: types the date, moves on with Enter, downloads and opens the printout', async ({ page }) => {
    await openWizardWith(page, 'timeline', withCandidates);
    await tabTo(page, page.getByLabel('考试日期', { exact: true }));
    await page.keyboard.type('2036-06-28');
    await page.keyboard.press('Enter');
    await expect(screenTitle(page)).toHaveText('考核计划上的时间（可不填）');
    await expect(screenTitle(page)).toBeFocused();
    await tabTo(page, page.getByRole('button', { name: '下一步' }));
    await page.keyboard.press('Enter');
    await expect(screenTitle(page)).toHaveText('考务时间表');
    await tabTo(page, page.getByRole('button', { name: /下载/ }));
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    await tabTo(page, page.getByRole('button', { name: /查看并打印/ }));
    await page.keyboard.press('Enter');
    await expect(page.locator('.print-toolbar h2')).toBeFocused();
    await tabTo(page, page.locator('.print-toolbar').getByRole('button', { name: '返回' }), 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(screenTitle(page)).toHaveText('考务时间表');
  });

  test('rooms: fills the table cell by cell with Tab and submits with Enter', async ({ page }) => {
    await openWizardWith(page, 'rooms', WorkspaceSchema.parse({ ...registered }));
    await tabTo(page, page.getByRole('button', { name: '下一步' }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByLabel('第 1 个考场的考场名称'));
    for (const value of ['实训楼 301 机房', '北京市朝阳区', '实训楼 3 层', '90']) {
      await page.keyboard.type(value);
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(screenTitle(page)).toHaveText('为每个级别选择考场');
    // Unticking the only room with Space, then 下一步: the error summary takes focus and links to the choice.
    await tabTo(page, page.getByRole('checkbox').first());
    await page.keyboard.press('Space');
    await tabTo(page, page.getByRole('button', { name: '下一步' }));
    await page.keyboard.press('Enter');
    await expect(page.locator('.wizard-error-summary')).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('checkbox').first()).toBeFocused();
    await page.keyboard.press('Space');
    await tabTo(page, page.getByRole('button', { name: '下一步' }));
    await page.keyboard.press('Enter');
    await expect(screenTitle(page)).toHaveText('检查您的答案');
  });

  test('staff: changes a proctor with the arrow keys and reaches the result', async ({ page }) => {
    await openWizardWith(page, 'staff', WorkspaceSchema.parse({ ...roomsPlanned, staff: staffed.staff }));
    await tabTo(page, page.getByRole('button', { name: '下一步' }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('button', { name: '下一步' }));
    await page.keyboard.press('Enter');
    await expect(screenTitle(page)).toHaveText('每个考场的监考员');
    const select = page.getByRole('group', { name: /实训楼 302 机房（初级/ }).getByLabel('监考员 1');
    const before = await select.inputValue();
    await tabTo(page, select);
    await page.keyboard.press('ArrowDown');
    await expect(select).not.toHaveValue(before);
    await tabTo(page, page.getByRole('button', { name: '重新自动安排' }));
    await page.keyboard.press('Enter');
    await expect(select).toHaveValue(before);
    await tabTo(page, page.getByRole('button', { name: '下一步' }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('button', { name: '生成人员安排' }));
    await page.keyboard.press('Enter');
    await expect(screenTitle(page)).toHaveText('人员安排已准备好');
  });

  test('materials: opens a document from the list and comes back', async ({ page }) => {
    await openWizardWith(page, 'materials', staffed);
    await tabTo(page, page.getByRole('button', { name: '下一步' }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('button', { name: '打印文件' }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('button', { name: /查看并打印\s*门贴/ }));
    await page.keyboard.press('Enter');
    await expect(page.locator('.print-toolbar h2')).toHaveText('门贴');
    await tabTo(page, page.getByRole('button', { name: '打印', exact: true }));
    await tabTo(page, page.locator('.print-toolbar').getByRole('button', { name: '返回' }), 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(screenTitle(page)).toHaveText('打印考试当天的文件');
  });

  test('registration: sets a whole class’s level with the arrow keys', async ({ page }) => {
    await openWizardWith(page, 'registration', WorkspaceSchema.parse({ ...registered, enrolments: [] }));
    await tabTo(page, page.getByRole('button', { name: '下一步' }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('button', { name: '下一步' }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('button', { name: '下一步' }));
    await page.keyboard.press('Enter');
    await expect(screenTitle(page)).toHaveText('为每位考生选择报考级别');
    const firstClass = page.getByLabel('2023级 电子商务（50 人）');
    await tabTo(page, firstClass);
    await expect(firstClass).toHaveValue('none');
    await page.keyboard.press('ArrowDown');
    await expect(firstClass).toHaveValue('初级');
    await tabTo(page, page.getByRole('button', { name: '下一步' }));
    await page.keyboard.press('Enter');
    await expect(screenTitle(page)).toHaveText('哪些考生在平台上已是“信息准确”？');
  });
});
