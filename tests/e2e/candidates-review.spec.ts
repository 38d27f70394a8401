// The candidate wizard's review screen with issue 11's list: one notice for 高职 on every row, a conflicting pair to decide, an unlisted 证件类型 kept.
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect as baseExpect, visit } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { decisionList, decisionListText, decisionRows, unlistedDocument } from '../fixtures/candidate-decisions';

// Reading and checking a list takes seconds on a busy CI machine: wait longer than the default 5 s.
const expect = baseExpect.configure({ timeout: 20_000 });
const next = (page: Page) => page.getByRole('button', { name: /^(下一步|开始检查)$/ }).click();
const heading = (page: Page) => page.locator('#wizard-step-title');
/** Row number in the pasted list (the header is row 1). */
const rowNumber = (index: number) => index + 2;

async function checkPastedList(page: Page) {
  await visit(page, '/wizards/candidates/');
  await page.getByLabel('学校名称', { exact: true }).fill('某某职业学院');
  await next(page);
  await page.getByLabel('从表格中复制粘贴', { exact: true }).check();
  await next(page);
  await page.getByLabel('学生名单', { exact: true }).fill(decisionListText);
  await next(page);
  await expect(heading(page)).toHaveText('核对每一列的含义');
  await next(page);
  await expect(heading(page)).toHaveText('拼音中的 ü 怎样写？');
  await next(page);
  await expect(heading(page)).toHaveText('检查结果', { timeout: 30_000 });
}

test('shows one notice for 高职 on every row, only real problems as problem rows, and waits for the conflicting pair to be decided', async ({ page }) => {
  await checkPastedList(page);
  const [a, b, unlisted] = [rowNumber(decisionRows.conflictA), rowNumber(decisionRows.conflictB), rowNumber(decisionRows.unlistedType)];

  const notices = page.getByRole('region', { name: /关于整份名单的提示/ });
  await expect(notices.getByRole('listitem')).toHaveCount(1);
  await expect(notices).toContainText(`「高职」${decisionList.rows.length} 行`);

  // 只显示有问题的学生: the pair and the unlisted 证件类型, not the 35 rows that write 高职.
  await page.getByLabel('只显示有问题的学生').check();
  const table = page.getByRole('region', { name: '学生信息表（可编辑）' });
  await expect(table.locator('tbody tr')).toHaveCount(3);
  await expect(table.getByLabel(`第 ${unlisted} 行 证件类型`)).toHaveValue(unlistedDocument.type);
  await expect(page.locator('.wizard-issue-list').last()).toContainText(`本向导假定平台接受「${unlistedDocument.type}」`);

  // The 问题清单: the problem rows on its first sheet, the notice on its own.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载问题清单（.xlsx）' }).click()]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync((await download.path())!) as never);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['问题清单', '整体提示']);
  expect(workbook.worksheets[0]!.getColumn(1).values.slice(2)).toEqual([String(a), String(b), String(unlisted)]);
  expect(String(workbook.worksheets[1]!.getCell('A2').value)).toContain(`「高职」${decisionList.rows.length} 行`);

  const pair = page.getByRole('group', { name: new RegExp(`第 ${a}、${b} 行的学生姓名、姓名拼音、手机号码不同`) });
  await expect(pair.getByRole('radio')).toHaveCount(3);
  await expectNoAxeViolations(page);
  await next(page);
  const summary = page.locator('.wizard-error-summary');
  await expect(summary).toContainText('还有 1 组学生证件号码相同但信息不同');
  await summary.getByRole('link').click();
  await expect(pair.getByRole('radio').first()).toBeFocused();

  await pair.getByLabel(new RegExp(`^保留第 ${b} 行`)).check();
  await expect(page.locator('.wizard-issue-list').last()).toContainText(`按您的选择不导入这一行：与第 ${b} 行证件号码相同`);
  await next(page);
  await expect(heading(page)).toHaveText('本年度的试点专业和规模');
});
