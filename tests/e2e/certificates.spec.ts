// The certificate wizard end to end: results and pass list read back, the stamp processed from
// real-looking pictures and read back, and bad pictures refused without losing the earlier stamp.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { test, expect, visit } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { signatureStamp } from '../../src/domain/photos/facts';
import { encodePng } from '../../wizards/certificates/png';
import { buildSampleWorkspace } from '../../wizards/demo/sample-workspace';
import { listPlanStudents } from '../../wizards/shared/scores/known-students';
import { scoreColumnLabels, scoreColumns } from '../../wizards/shared/scores/score-rows';
import { pastedExport, typedRows } from '../fixtures/certificates';
import { phonePhotoWithShadow, whitePaperScan } from '../fixtures/stamp-images';
import { readPng } from '../unit/wizards/certificates/read-png';

const next = (page: Page) => page.getByRole('button', { name: '下一步' }).click();

async function typeRows(page: Page) {
  for (const [index, row] of typedRows.entries()) {
    await page.getByRole('button', { name: '添加考生' }).click();
    for (const column of scoreColumns) {
      const box = page.getByLabel(`第 ${index + 1} 位考生 ${scoreColumnLabels[column]}`);
      if (column === 'level') await box.selectOption(row.level);
      else await box.fill(row[column]);
    }
  }
}

/** Turn a PNG into a JPEG with the browser's own encoder, as a phone would save a photo. */
async function toJpeg(page: Page, png: Uint8Array): Promise<Buffer> {
  const base64 = await page.evaluate(async (source) => {
    const bytes = Uint8Array.from(atob(source), (char) => char.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
    const jpeg = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 })).arrayBuffer());
    let binary = '';
    for (const byte of jpeg) binary += String.fromCharCode(byte);
    return btoa(binary);
  }, Buffer.from(png).toString('base64'));
  return Buffer.from(base64, 'base64');
}

async function openStampScreen(page: Page) {
  await visit(page, '/wizards/certificates/');
  await typeRows(page);
  await next(page);
  await next(page);
}

async function downloadStamp(page: Page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /下载签名章 PNG/ }).click()]);
  expect(download.suggestedFilename()).toBe('签名章.png');
  return new Uint8Array(readFileSync(await download.path()));
}

test.describe('certificate wizard', () => {
  test('reads a pasted score export, judges results by level and downloads the pass list', async ({ page }) => {
    await visit(page, '/wizards/certificates/');
    await page.getByLabel('粘贴成绩').fill(pastedExport);
    await page.getByRole('button', { name: '读取粘贴的内容' }).click();
    await expect(page.getByRole('status').filter({ hasText: '读入 4 位考生' })).toBeVisible();
    await expect(page.getByLabel('第 3 位考生 理论成绩')).toHaveValue('');
    await expect(page.getByLabel('粘贴成绩')).toHaveValue('');
    await next(page);
    await expect(page.getByRole('heading', { name: /（初级）：合格 1 人，不合格 1 人/ })).toBeVisible();
    await expect(page.getByRole('table', { name: '初级未通过' })).toContainText('实操 59 分，未达到 60 分');
    await expect(page.getByRole('table', { name: '中级未通过' })).toContainText('理论没有成绩（缺考）');
    await expectNoAxeViolations(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /下载/ }).click()]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    expect(download.suggestedFilename()).toBe('网店运营推广证书合格名单.xlsx');
    await expect(page.locator('.wizard-file-name')).toHaveText(download.suggestedFilename());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['汇总', '合格名单', '未通过名单']);
    expect([2, 3, 4].map((row) => workbook.getWorksheet('汇总')!.getRow(row).values)).toEqual([
      [undefined, '初级', 2, 1, 1],
      [undefined, '中级', 1, 0, 1],
      [undefined, '高级', 1, 1, 0],
    ]);
    expect(workbook.getWorksheet('未通过名单')!.getRow(2).getCell(8).value).toBe('实操 59 分，未达到 60 分');
    expect(workbook.getWorksheet('合格名单')!.getRow(2).values).toEqual([undefined, 1, '李四', '130503196704010016', '2021091600241101', '初级', 88, 60]);
  });

  test('keeps a pasted export with a score of 105 in the box and names the row', async ({ page }) => {
    await visit(page, '/wizards/certificates/');
    const text = pastedExport.replace('\t88', '\t105');
    await page.getByLabel('粘贴成绩').fill(text);
    await page.getByRole('button', { name: '读取粘贴的内容' }).click();
    await expect(page.getByRole('status').filter({ hasText: '有 1 行没有读入' })).toContainText('第 4 行「成绩」：105 分超出范围');
    await expect(page.getByLabel('粘贴成绩')).toHaveValue(text);
  });

  test('reads nothing from an export of two exam plans, says why and keeps the paste', async ({ page }) => {
    await visit(page, '/wizards/certificates/');
    const text = ['姓名\t证件号码\t科目名称\t成绩\t考试计划', '张三\t11010519491231002X\t初级理论\t60\t2021年第三次', '张三\t11010519491231002X\t初级实操\t61\t2021年第四次'].join('\n');
    await page.getByLabel('粘贴成绩').fill(text);
    await page.getByRole('button', { name: '读取粘贴的内容' }).click();
    await expect(page.getByRole('status').filter({ hasText: '读入 0 位考生' })).toContainText('表格里有 2 个考试计划（2021年第三次、2021年第四次），没有读入');
    await expect(page.getByLabel('粘贴成绩')).toHaveValue(text);
  });

  test('lists the signing and issuing steps and keeps what was ticked after a reload', async ({ page }) => {
    await openStampScreen(page);
    await next(page);
    await expect(page.getByRole('heading', { name: '签发和发证清单' })).toBeVisible();
    for (const text of ['100条/页', '微信扫码', '不可撤回', '拒绝签发理由', '纸质证书', '“身份证号”和“准考证号”']) await expect(page.getByText(text, { exact: false }).first()).toBeVisible();
    await page.getByLabel('签发审核人用微信扫码在线签字').check();
    await expectNoAxeViolations(page);
    await page.reload();
    await expect(page.getByLabel('签发审核人用微信扫码在线签字')).toBeChecked();
  });

  test.describe('signature stamp', () => {
    test('turns a white paper scan into a transparent 95×95 PNG under 1M', async ({ page }) => {
      await openStampScreen(page);
      await page.getByLabel('签名章图片').setInputFiles({ name: '签名章扫描.png', mimeType: 'image/png', buffer: Buffer.from(await encodePng(whitePaperScan())) });
      await expect(page.getByRole('heading', { name: /处理结果/ })).toBeFocused({ timeout: 20_000 });
      await expect(page.locator('.cert-check--no')).toHaveCount(0);
      await expect(page.getByRole('img', { name: '处理后的签名章' })).toBeVisible();
      await expectNoAxeViolations(page);
      const png = await downloadStamp(page);
      expect(png.length).toBeLessThanOrEqual(signatureStamp.maxBytes);
      const image = readPng(png);
      expect([image.width, image.height]).toEqual([signatureStamp.widthPx, signatureStamp.heightPx]);
      for (const pixel of [0, image.width - 1, (image.height - 1) * image.width, image.width * image.height - 1]) expect(image.data[pixel * 4 + 3]).toBe(0);
    });

    test('converts a JPEG phone photo with a shadow to PNG and says so', async ({ page }) => {
      await openStampScreen(page);
      const jpeg = await toJpeg(page, await encodePng(phonePhotoWithShadow()));
      await page.getByLabel('签名章图片').setInputFiles({ name: '手机照片.jpg', mimeType: 'image/jpeg', buffer: jpeg });
      await expect(page.getByText('这是 JPG 图片：平台只收 PNG，本工具会去掉底色并转换为 PNG。')).toBeVisible({ timeout: 20_000 });
      await expect(page.locator('.cert-check--no')).toHaveCount(0);
      const image = readPng(await downloadStamp(page));
      expect(image.data[3]).toBe(0);
    });

    test('refuses a 20 MB scan and a broken file, keeping the stamp made before', async ({ page }) => {
      // Handing 20 MB to the page through the browser protocol takes most of a minute on a busy machine.
      test.slow();
      await openStampScreen(page);
      await page.getByLabel('签名章图片').setInputFiles({ name: '签名章扫描.png', mimeType: 'image/png', buffer: Buffer.from(await encodePng(whitePaperScan())) });
      await expect(page.getByRole('heading', { name: /处理结果（来自“签名章扫描.png”）/ })).toBeVisible({ timeout: 20_000 });

      const huge = Buffer.alloc(20 * 1024 * 1024);
      huge.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      await page.getByLabel('换一张签名章图片').setInputFiles({ name: '高清扫描.png', mimeType: 'image/png', buffer: huge });
      await expect(page.locator('#stamp-file-error')).toContainText('“高清扫描.png”有 20.0 MB，超过本工具能处理的 10.0 MB');
      await expect(page.getByRole('heading', { name: /处理结果（来自“签名章扫描.png”）/ })).toBeVisible();

      await page.getByLabel('换一张签名章图片').setInputFiles({ name: '坏文件.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) });
      await expect(page.locator('#stamp-file-error')).toContainText('无法读取这张图片');
      await expect(page.getByLabel('换一张签名章图片')).toBeFocused();
      await expect(page.getByRole('img', { name: '处理后的签名章' })).toBeVisible();
    });
  });
});

test('takes every registered student of the sample school at once, with the level the registration wizard chose', async ({ page }) => {
  const { students } = listPlanStudents(buildSampleWorkspace(new Date()));
  await visit(page, '/wizards/certificates/?demo=1');
  const addAll = page.getByRole('button', { name: `添加全部 ${students.length} 位已报考的考生` });
  await addAll.click();
  await expect(addAll).toHaveCount(0);
  const last = students.length;
  await expect(page.getByLabel(`第 ${last} 位考生 ${scoreColumnLabels.name}`)).toHaveValue(students.at(-1)!.name);
  for (const index of [0, last - 1]) {
    await expect(page.getByLabel(`第 ${index + 1} 位考生 ${scoreColumnLabels.idNumber}`)).toHaveValue(students[index]!.idNumber);
    await expect(page.getByLabel(`第 ${index + 1} 位考生 ${scoreColumnLabels.level}`)).toHaveValue(students[index]!.level);
  }
  await expect(page.getByLabel(`第 ${last + 1} 位考生 ${scoreColumnLabels.name}`)).toHaveCount(0);
});
