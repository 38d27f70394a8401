import { roomImportColumns } from '../../src/domain/rooms/facts';
import { registered } from '../fixtures/workspace';
import { downloadFile, expectDocumentFitsA4, openWizardWith, pressMainButton, readWorkbook, rowValues, screenTitle } from './exam-run';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';

const planName = registered.examPlan.name;

/** Fill one row of the rooms table. */
async function fillRoom(page: import('@playwright/test').Page, index: number, values: [string, string, string, string]) {
  for (const [column, value] of ['考场名称', '考场地址', '详细地址', '可用考生机数'].map((column, position) => [column, values[position]!] as const)) {
    await page.getByLabel(`第 ${index + 1} 个考场的${column}`).fill(value);
  }
}

test('plans rooms from the registered candidates, refusing bad input without losing it', async ({ page }) => {
  await openWizardWith(page, 'rooms', registered);
  await expect(page.locator('.wizard-step')).toContainText('初级：80 人');
  await pressMainButton(page);

  await expect(screenTitle(page)).toHaveText('可以用作考场的机房');
  // Zero rooms: a clear message, and the screen stays.
  await page.getByRole('button', { name: /删除\s*第 1 个考场/ }).click();
  await pressMainButton(page);
  await expect(page.getByRole('alert')).toContainText('还没有填写任何考场。请至少填写一个考场（机房）和它的可用考生机数。');
  await page.getByRole('button', { name: '添加一个考场' }).click();
  await fillRoom(page, 0, ['实训楼 301 机房', '北京市朝阳区', '实训楼 3 层 301', '50']);
  await pressMainButton(page);

  // More candidates than machines: refused with the shortfall, and the rooms typed are kept.
  await expect(screenTitle(page)).toHaveText('为每个级别选择考场');
  await pressMainButton(page);
  await expect(page.getByRole('alert')).toContainText('初级有 80 名考生，所选考场共有 50 台可用考生机，还差 30 台');
  await page.getByRole('button', { name: '上一步' }).click();
  await expect(page.getByLabel('第 1 个考场的考场名称')).toHaveValue('实训楼 301 机房');
  await page.getByRole('button', { name: '添加一个考场' }).click();
  await expect(page.getByLabel('第 2 个考场的考场地址')).toHaveValue('北京市朝阳区');
  await fillRoom(page, 1, ['实训楼 302 机房', '北京市朝阳区', '实训楼 3 层 302', '45']);
  await pressMainButton(page);

  await expect(screenTitle(page)).toHaveText('为每个级别选择考场');
  await expect(page.getByLabel(/实训楼 301 机房（50 台）：40 个考位，剩 10 台备用/).first()).toBeChecked();
  await expectNoAxeViolations(page);
  await pressMainButton(page);

  await expect(screenTitle(page)).toHaveText('检查您的答案');
  await pressMainButton(page, '生成考场文件');
  await expect(screenTitle(page)).toHaveText('考场文件已准备好');
  await expectNoAxeViolations(page);

  const download = await downloadFile(page, `考场批量导入-${planName}.xlsx`);
  const sheet = (await readWorkbook(download)).worksheets[0]!;
  expect(rowValues(sheet, 1)).toEqual([...roomImportColumns]);
  const site = registered.school.siteName;
  expect([2, 3, 4].map((row) => rowValues(sheet, row))).toEqual([
    [planName, site, '初级理论(1630003007010027101),初级实操(1630003007010027102)', '实训楼 301 机房', '北京市朝阳区', '实训楼 3 层 301', 40],
    [planName, site, '初级理论(1630003007010027101),初级实操(1630003007010027102)', '实训楼 302 机房', '北京市朝阳区', '实训楼 3 层 302', 40],
    [planName, site, '中级理论(1630003007020028202),中级实操(1630003007020028203)', '实训楼 301 机房', '北京市朝阳区', '实训楼 3 层 301', 10],
  ]);
  expect(sheet.rowCount).toBe(4);

  await page.getByRole('button', { name: '查看并打印座位安排' }).click();
  await expect(page.locator('.print-toolbar h2')).toBeFocused();
  await expect(page.locator('.print-page').first()).toContainText('座位安排：实训楼 301 机房（初级）');
  expect(await expectDocumentFitsA4(page)).toBe(5);
  await page.locator('.print-toolbar').getByRole('button', { name: '返回' }).click();
  await expect(screenTitle(page)).toHaveText('考场文件已准备好');
});
