// Damaged spreadsheets (issue 12): every upload that reads a workbook says 「文件已损坏」 within seconds, and 取消 works
// even while the reader is stuck. The damaged files are made here from valid ones.
import type { Page } from '@playwright/test';
import { test, expect, visit } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { twoStudents } from '../fixtures/review';
import { libreOfficeList, writeWorkbook, xorMiddle, zeroBlock } from '../fixtures/damaged-files';

const xlsx = (name: string, bytes: Uint8Array) => ({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(bytes) });
const errorSummary = (page: Page) => page.locator('.wizard-error-summary');
// Seconds, not minutes: the zip check answers long before the reader's time limit (20 s and more).
const withinSeconds = { timeout: 10_000 };

async function openCandidateUpload(page: Page) {
  await visit(page, '/wizards/candidates/');
  await page.getByLabel('学校名称', { exact: true }).fill('某某职业学院');
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByLabel('上传表格文件', { exact: true }).check();
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.locator('#wizard-step-title')).toHaveText('上传学生名单');
}

async function openReviewUpload(page: Page) {
  await visit(page, '/wizards/review/');
  const { form } = twoStudents;
  await page.getByRole('textbox', { name: '考试计划' }).fill(form.planName);
  await page.getByLabel('成绩公示开始日期').fill(form.publicationStart);
  await page.getByLabel('成绩公示结束日期').fill(form.publicationEnd);
  await page.getByLabel('发送复查申请的日期').fill(form.requestDate);
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByLabel('或上传导出的成绩文件')).toBeVisible();
}

const uploads = [
  { wizard: 'candidates', open: openCandidateUpload, label: '学生名单文件' },
  { wizard: 'review', open: openReviewUpload, label: '或上传导出的成绩文件' },
  { wizard: 'certificates', open: (page: Page) => visit(page, '/wizards/certificates/'), label: '或上传导出的成绩文件' },
];
const damages = [
  { damage: '800 bytes XOR-ed in the middle', bytes: () => xorMiddle(libreOfficeList()) },
  { damage: '512 bytes zeroed at 4096 of a LibreOffice xlsx', bytes: () => zeroBlock(libreOfficeList()) },
];

test.describe('damaged spreadsheets', () => {
  for (const { wizard, open, label } of uploads) {
    for (const { damage, bytes } of damages) {
      test(`${wizard}: says 「文件已损坏」 within seconds for ${damage}`, async ({ page }) => {
        await open(page);
        await page.getByLabel(label, { exact: true }).setInputFiles(xlsx('名单.xlsx', bytes()));
        await expect(errorSummary(page)).toContainText('「名单.xlsx」文件已损坏', withinSeconds);
        await expect(page.getByLabel(label, { exact: true })).toBeVisible();
      });
    }
  }

  test('candidates: 取消 stops a reader that never answers, and the page stays usable', async ({ page }) => {
    // A reader stuck for good, as SheetJS is in its inflate on some corrupt streams: only terminate() ends it.
    let stuckWorkers = 0;
    await page.route(/spreadsheet\.worker/, (route) => {
      stuckWorkers += 1;
      return route.fulfill({ contentType: 'text/javascript', body: 'onmessage = () => { for (;;) {} };' });
    });
    await openCandidateUpload(page);
    await page.getByLabel('学生名单文件', { exact: true }).setInputFiles(xlsx('名单.xlsx', await writeWorkbook([{ name: '名单', rows: [['姓名'], ['张三']] }])));
    await expect(page.getByText('正在读取名单…')).toBeVisible();
    await page.getByRole('button', { name: '取消' }).click();
    await expect(page.getByLabel('学生名单文件', { exact: true })).toBeVisible();
    expect(stuckWorkers).toBe(1);
    await page.getByRole('button', { name: '上一步' }).click();
    await expect(page.locator('#wizard-step-title')).toHaveText('怎样提供学生名单？');
  });

  test('candidates: reads the visible sheet of a workbook whose first sheet is hidden', async ({ page }) => {
    await openCandidateUpload(page);
    const bytes = await writeWorkbook([
      { name: '旧名单', hidden: true, rows: [['姓名', '身份证号'], ['旧学生', '110105194912310021']] },
      { name: '名单', rows: [['姓名', '身份证号'], ['张三', '11010519491231002X']] },
    ]);
    await page.getByLabel('学生名单文件', { exact: true }).setInputFiles(xlsx('名单.xlsx', bytes));
    await expect(page.locator('#wizard-step-title')).toHaveText('核对每一列的含义');
    await expect(page.getByText('张三').first()).toBeVisible();
    await expect(page.getByText('旧学生')).toHaveCount(0);
  });

  test('candidates: asks which sheet when two visible sheets hold data, and reads the one chosen', async ({ page }) => {
    await openCandidateUpload(page);
    const bytes = await writeWorkbook([
      { name: '一班', rows: [['姓名', '身份证号'], ['张三', '11010519491231002X']] },
      { name: '二班', rows: [['姓名', '身份证号'], ['李四', '110105194912310021']] },
    ]);
    await page.getByLabel('学生名单文件', { exact: true }).setInputFiles(xlsx('名单.xlsx', bytes));
    await expect(errorSummary(page)).toContainText('「名单.xlsx」有 2 个工作表都有数据（「一班」2 行、「二班」2 行）');
    await expectNoAxeViolations(page);
    await page.getByLabel('「二班」').check();
    await page.getByRole('button', { name: '读取所选工作表' }).click();
    await expect(page.locator('#wizard-step-title')).toHaveText('核对每一列的含义');
    await expect(page.getByText('李四').first()).toBeVisible();
    await expect(page.getByText('张三')).toHaveCount(0);
  });
});
