// The candidate wizard end to end: the messy school list becomes import files, every problem explained, nothing lost on reload.
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect as baseExpect, visit } from './fixtures';
import { readSaved } from './saved-work';

// Reading and checking a list takes seconds on a busy CI machine: wait longer than the default 5 s.
const expect = baseExpect.configure({ timeout: 20_000 });
import { messyIds, messyPilot, messySchoolList, writeXlsx } from '../fixtures/candidates';
import { candidateImportTemplate, importFileLayout } from '../../src/domain/candidates/facts';

const path = '/wizards/candidates/';
const next = (page: Page) => page.getByRole('button', { name: '下一步' }).click();
const heading = (page: Page) => page.locator('#wizard-step-title');

async function startWithSchool(page: Page) {
  await visit(page, path);
  await page.getByLabel('学校名称', { exact: true }).fill('某某职业学院');
  await next(page);
  await expect(heading(page)).toHaveText('怎样提供学生名单？');
}

async function uploadMessyList(page: Page) {
  await startWithSchool(page);
  await page.getByLabel('上传表格文件', { exact: true }).check();
  await next(page);
  await page.getByLabel('学生名单文件', { exact: true }).setInputFiles({ name: '学生名单.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(await writeXlsx(messySchoolList)) });
  await expect(heading(page)).toHaveText('核对每一列的含义');
}

async function checkList(page: Page) {
  await next(page);
  await expect(heading(page)).toHaveText('拼音中的 ü 怎样写？');
  await page.getByRole('button', { name: '开始检查' }).click();
  await expect(heading(page)).toHaveText('检查结果', { timeout: 30_000 });
}

async function readXlsx(filePath: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(filePath) as never);
  return workbook.worksheets[0]!;
}

test.describe('candidate wizard', () => {
  test('turns the messy school list into import files and a problem list', async ({ page }) => {
    await uploadMessyList(page);
    await expect(page.getByText('跳过了 1 个空行')).toBeVisible();
    await checkList(page);

    const issues = page.locator('.wizard-issue-list');
    await expect(issues).toContainText(`「证件号码」“${messyIds.badChecksum}”：最后一位校验码不对`);
    await expect(issues).toContainText('这是 15 位的旧身份证号码');
    await expect(issues).toContainText('以 = + - @ 开头');
    await expect(issues).toContainText('完全相同，是重复的一行');
    await expect(issues).toContainText('超过 15 位的部分已经变成 0');
    await expect(issues).toContainText('第 10 行「手机号码」：必填项为空');
    await page.getByText(/自动修改（\d+ 处）/).click();
    await expect(page.locator('.wizard-changes')).toContainText('全角字符改为半角');
    await expect(page.locator('.wizard-changes')).toContainText('小写 x 改为大写 X');
    await expect(page.locator('.wizard-changes')).toContainText('“单 雄” 改为 “单雄”');

    // Fix in the table without re-uploading: take the 18-digit upgrade, fill the missing phone, re-check.
    await page.getByRole('button', { name: '采用「130503196704010016」' }).click();
    await page.getByLabel('第 10 行 手机号码', { exact: true }).fill('13800138011');
    await page.getByRole('button', { name: '重新检查' }).click();
    await expect(heading(page)).toHaveText('检查结果', { timeout: 30_000 });
    await expect(issues).not.toContainText('15 位的旧身份证号码');
    await expect(issues).not.toContainText('第 10 行「手机号码」');

    await next(page);
    await expect(page.locator('.wizard-error-summary')).toBeFocused();
    await page.getByLabel(/先不导入有错误的学生/).check();
    await next(page);

    await expect(heading(page)).toHaveText('本年度的试点专业和规模');
    await page.getByLabel('试点专业', { exact: true }).fill(messyPilot.majorsText);
    await page.getByLabel('已批准培训人数', { exact: true }).fill(messyPilot.scale);
    await next(page);
    await expect(heading(page)).toHaveText('院校考生和社会考生');
    await expect(page.getByText('「市场营销」不是本年度试点专业')).toBeVisible();
    await expect(page.getByText(/超出已批准培训人数/).first()).toBeVisible();
    await next(page);
    await expect(heading(page)).toHaveText('核对后生成文件');
    await page.getByRole('button', { name: '生成文件' }).click();
    await expect(heading(page)).toHaveText('文件已准备好');
    await expect(page.getByText('「考务管理-考生管理」→ 选择「院校考生」或「社会考生」→「批量导入学生信息」')).toBeVisible();

    const downloads = [];
    for (const button of await page.getByRole('button', { name: /下载…/ }).all()) {
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      downloads.push({ name: download.suggestedFilename(), path: await download.path() });
    }
    expect(downloads.map((file) => file.name)).toEqual([
      '某某职业学院-本校学生导入模板-院校考生.xlsx',
      '某某职业学院-本校学生导入模板-社会考生.xlsx',
      '某某职业学院-学生名单问题清单.xlsx',
    ]);

    const school = await readXlsx(downloads[0]!.path);
    expect((school.getRow(importFileLayout.headerRow).values as string[]).slice(1)).toEqual(candidateImportTemplate.columns.map((column) => `*${column.header}`));
    expect((school.getRow(importFileLayout.firstDataRow).values as string[]).slice(1)).toEqual([
      '张三丰', 'Zhang Sanfeng', '男', '身份证', messyIds.idZhang, '13800138000', '2023', '专科', '电子商务', '530701',
    ]);
    expect((school.getRow(importFileLayout.firstDataRow + 1).values as string[]).slice(1, 6)).toEqual(['欧阳娜娜', 'Ouyang Nana', '女', '身份证', messyIds.idOuyang]);
    expect((school.getRow(importFileLayout.firstDataRow + 2).values as string[]).slice(1, 3)).toEqual(['单雄', 'Shan Xiong']);
    expect((school.getRow(importFileLayout.firstDataRow + 3).values as string[]).slice(1, 3)).toEqual(['库尔班·热合曼', 'Kuerban Reheman']);

    const social = await readXlsx(downloads[1]!.path);
    const socialNames = [];
    for (let row = importFileLayout.firstDataRow; social.getRow(row).getCell(1).value; row += 1) socialNames.push(social.getRow(row).getCell(1).value);
    expect(socialNames).toContain('陈港生');
    expect(social.getRow(importFileLayout.firstDataRow).getCell(5).numFmt).toBe('@');

    const report = await readXlsx(downloads[2]!.path);
    expect((report.getRow(1).values as string[]).slice(1)).toEqual(['原行号', ...messySchoolList.headers, '问题']);
    const reportRows = report.getColumn(1).values.slice(2);
    expect(reportRows).toContain('9');
  });

  test('resumes exactly where the user was after a reload', async ({ page }) => {
    await uploadMessyList(page);
    await checkList(page);
    await page.getByLabel('第 10 行 手机号码', { exact: true }).fill('13800138011');
    await expect(page.locator('.wizard-save-status')).toHaveText(/已自动保存 \d\d:\d\d/);
    // Reload only once the edit itself is saved: an earlier save (of reaching this screen) may land first.
    await expect.poll(async () => JSON.stringify(await readSaved(page, 'draft:candidates'))).toContain('13800138011');
    await page.reload();
    await expect(heading(page)).toHaveText('检查结果');
    expect(new URL(page.url()).hash).toBe('#review');
    await expect(page.getByLabel('第 10 行 手机号码', { exact: true })).toHaveValue('13800138011');
    await expect(page.getByText('表格改过之后还没有重新检查')).toBeVisible();
  });

  test('moves between screens with the browser’s Back and Forward buttons', async ({ page }) => {
    await startWithSchool(page);
    await page.goBack();
    await expect(heading(page)).toHaveText('您的学校名称是？');
    await expect(page.getByLabel('学校名称', { exact: true })).toHaveValue('某某职业学院');
    await page.goForward();
    await expect(heading(page)).toHaveText('怎样提供学生名单？');
    await page.getByRole('button', { name: '上一步' }).click();
    await expect(heading(page)).toHaveText('您的学校名称是？');
  });

  test('shows the list’s screens as one step, and goes back to them from the step indicator', async ({ page }) => {
    await startWithSchool(page);
    await page.getByLabel('从表格中复制粘贴', { exact: true }).check();
    await next(page);
    await page.getByLabel('学生名单', { exact: true }).fill('姓名\t证件号码\n张三\t11010519491231002X');
    await next(page);
    await expect(heading(page)).toHaveText('核对每一列的含义');
    const steps = page.getByRole('navigation', { name: '向导步骤' });
    await expect(steps.locator('[aria-current="step"]')).toHaveText('2学生名单');
    await next(page);
    await expect(heading(page)).toHaveText('拼音中的 ü 怎样写？');
    await steps.getByRole('button', { name: /学生名单/ }).click();
    await expect(heading(page)).toHaveText('怎样提供学生名单？');
    await expect(page.getByLabel('从表格中复制粘贴', { exact: true })).toBeChecked();
    await next(page);
    await expect(page.getByLabel('学生名单', { exact: true })).toHaveValue('姓名\t证件号码\n张三\t11010519491231002X');
  });

  test('takes a list typed into the table (its screen loads when chosen) through the check', async ({ page }) => {
    await startWithSchool(page);
    await page.getByLabel('直接在网页表格中填写', { exact: true }).check();
    await next(page);
    await expect(heading(page)).toHaveText('在表格中填写学生信息');
    // The table starts with a few empty rows; rows left empty are dropped.
    const table = page.getByRole('region', { name: '学生信息表', exact: true });
    await table.getByLabel('第 1 行 学生姓名', { exact: true }).fill('张三丰');
    await table.getByLabel('第 1 行 证件号码', { exact: true }).fill(messyIds.idZhang);
    await table.getByLabel('第 1 行 手机号码', { exact: true }).fill('13800138000');
    await checkList(page);
    await expect(page.getByText(/^共 1 名学生/)).toBeVisible();
  });

  test('works with the keyboard alone', async ({ page }) => {
    await visit(page, path);
    await page.getByLabel('学校名称', { exact: true }).focus();
    await page.keyboard.type('某某职业学院');
    await page.keyboard.press('Enter');
    await expect(heading(page)).toHaveText('怎样提供学生名单？');
    await expect(heading(page)).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(page.getByLabel('上传表格文件', { exact: true })).toBeChecked();
    await page.keyboard.press('Enter');
    await expect(heading(page)).toHaveText('上传学生名单');
    await expect(heading(page)).toBeFocused();
  });

  test.describe('refuses bad input with a clear message', () => {
    test('a file that is not a spreadsheet', async ({ page }) => {
      await startWithSchool(page);
      await page.getByLabel('上传表格文件', { exact: true }).check();
      await next(page);
      await page.getByLabel('学生名单文件', { exact: true }).setInputFiles({ name: '通知.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 test') });
      await expect(page.locator('.wizard-error-summary')).toContainText('「通知.pdf」是 PDF 文件，不是表格');
      await expect(page.locator('.wizard-error-summary')).toBeFocused();
    });

    test('an empty paste', async ({ page }) => {
      await startWithSchool(page);
      await page.getByLabel('从表格中复制粘贴', { exact: true }).check();
      await next(page);
      await next(page);
      await expect(page.locator('.wizard-error-summary')).toContainText('粘贴框是空的');
    });

    test('a list without the ID column', async ({ page }) => {
      await startWithSchool(page);
      await page.getByLabel('从表格中复制粘贴', { exact: true }).check();
      await next(page);
      await page.getByLabel('学生名单', { exact: true }).fill('姓名\t手机号码\n张三\t13800138000');
      await next(page);
      await expect(heading(page)).toHaveText('核对每一列的含义');
      await next(page);
      await expect(page.locator('.wizard-error-summary')).toContainText('名单中没有找到「证件号码」列');
    });
  });
});
