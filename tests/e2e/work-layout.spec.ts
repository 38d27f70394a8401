/**
 * Room to work (issue 14): no page-level sideways scrolling at 1280 × 800, at
 * 1920 × 1080 and on a 390 px phone, with the sample school and with a 5 000-row
 * list; in the candidate table every column can be reached with the row's number
 * and name in view, a cell's problem is written beside it, and 在表格中查看 shows
 * the row, its name and the cell together.
 */
import type { Locator, Page } from '@playwright/test';
import { wizardSlugs } from '../../wizards/catalog';
import { candidateImportTemplate } from '../../src/domain/candidates/facts';
import { generateStudents, writeXlsx } from '../fixtures/candidates';
import { test, expect as baseExpect, visit } from './fixtures';

// Reading and checking 5 000 rows takes seconds on a busy machine.
const expect = baseExpect.configure({ timeout: 30_000 });

const heading = (page: Page) => page.locator('#wizard-step-title');

/** Width by which the page is wider than the window (0 when nothing scrolls sideways). */
function pageOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Open the candidate wizard and check a generated list of `count` students. */
async function checkGeneratedList(page: Page, count: number) {
  await visit(page, '/wizards/candidates/');
  await page.getByLabel('学校名称', { exact: true }).fill('某某职业学院');
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByLabel('上传表格文件', { exact: true }).check();
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByLabel('学生名单文件', { exact: true }).setInputFiles({ name: '学生名单.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(await writeXlsx(generateStudents(count))) });
  await expect(heading(page)).toHaveText('核对每一列的含义');
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(heading(page)).toHaveText('拼音中的 ü 怎样写？');
  await page.getByRole('button', { name: '开始检查' }).click();
  await expect(heading(page)).toHaveText('检查结果');
}

/** The box's rectangle in the window. */
const boxOf = async (locator: Locator) => (await locator.boundingBox())!;

/** Assert `cell` is shown in the table's scroll box, right of the row's sticky name, and the name is shown too. */
async function expectBesideName(table: Locator, name: Locator, cell: Locator) {
  const [wrap, nameBox, cellBox] = await Promise.all([boxOf(table), boxOf(name), boxOf(cell)]);
  expect(nameBox.x).toBeGreaterThanOrEqual(wrap.x - 1);
  expect(cellBox.x + 1).toBeGreaterThanOrEqual(nameBox.x + nameBox.width);
  expect(cellBox.x + cellBox.width).toBeLessThanOrEqual(wrap.x + wrap.width + 1);
  expect(cellBox.y).toBeGreaterThanOrEqual(wrap.y - 1);
  expect(cellBox.y + cellBox.height).toBeLessThanOrEqual(wrap.y + wrap.height + 1);
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test(`a 5 000-row list fits the page at ${viewport.width} px, every column reachable beside the row's name`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await checkGeneratedList(page, 5000);
    const table = page.getByRole('region', { name: '学生信息表（可编辑）' });
    await expect(table.getByRole('row')).toHaveCount(51);
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);

    // Tab from the name across the first row: every box comes into view beside the row's number and name.
    const name = table.getByLabel('第 2 行 学生姓名');
    const number = table.getByRole('rowheader', { name: '2', exact: true });
    await name.focus();
    for (const column of candidateImportTemplate.columns.slice(1)) {
      await page.keyboard.press('Tab');
      const cell = table.getByLabel(`第 2 行 ${column.header}`);
      await expect(cell).toBeFocused();
      await expectBesideName(table, name, cell);
      await expectBesideName(table, number, name);
      // The whole value is in view: the box is at least as wide as its text.
      expect(await cell.evaluate((input: HTMLInputElement) => input.scrollWidth <= input.clientWidth)).toBe(true);
    }
    await page.keyboard.press('Tab');
    await expect(table.getByRole('button', { name: /^删除\s*第 2 行$/ })).toBeFocused();
    await expectBesideName(table, name, table.getByRole('button', { name: /^删除\s*第 2 行$/ }));
  });
}

test('在表格中查看 shows the row, its name and the problem cell together, with the problem written beside it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await checkGeneratedList(page, 120);
  const table = page.getByRole('region', { name: '学生信息表（可编辑）' });
  // Break a phone number, check again, and scroll the table away from it.
  await table.getByLabel('第 2 行 手机号码').fill('123');
  await page.getByRole('button', { name: '重新检查' }).click();
  await expect(page.getByRole('button', { name: /^在表格中查看\s*第 2 行$/ })).toBeVisible();
  await table.getByLabel('第 2 行 学生姓名').focus();
  await table.evaluate((wrap) => wrap.scrollTo({ left: 0, top: wrap.scrollHeight }));
  await page.getByRole('button', { name: /^在表格中查看\s*第 2 行$/ }).click();
  const cell = table.getByLabel('第 2 行 手机号码');
  await expect(cell).toBeFocused();
  await expectBesideName(table, table.getByLabel('第 2 行 学生姓名'), cell);
  const problem = page.locator('#' + (await cell.getAttribute('aria-describedby')));
  await expect(problem).toBeVisible();
  await expect(problem).not.toBeEmpty();
});

test('在表格中查看 a row on another page of the table turns to that page and shows the cell', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await checkGeneratedList(page, 120);
  const table = page.getByRole('region', { name: '学生信息表（可编辑）' });
  // Break a phone number on the table's second page (rows 52–101), then go back to the first page and check again.
  await page.getByRole('button', { name: '下一页' }).first().click();
  await table.getByLabel('第 100 行 手机号码').fill('123');
  await page.getByRole('button', { name: '上一页' }).first().click();
  await expect(table.getByLabel('第 2 行 学生姓名')).toBeVisible();
  await page.getByRole('button', { name: '重新检查' }).click();
  await page.getByRole('button', { name: /^在表格中查看\s*第 100 行$/ }).click();
  const cell = table.getByLabel('第 100 行 手机号码');
  await expect(cell).toBeFocused();
  await expectBesideName(table, table.getByLabel('第 100 行 学生姓名'), cell);
});

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
]) {
  for (const slug of wizardSlugs) {
    test(`${slug}: no sideways scrolling at ${viewport.width} px with the sample school, the question and its main action in view`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await visit(page, `/wizards/${slug}/?demo=1`);
      await expect(heading(page)).toBeVisible();
      expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
      // Nothing essential hidden: the step list, the question and its main action lie inside the window's width.
      for (const essential of [heading(page), page.locator('.wizard-actions button, .wizard-step a.wizard-button').first(), page.locator('.wizard-steps')]) {
        await expect(essential).toBeVisible();
        const box = await boxOf(essential);
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      }
    });
  }
}
