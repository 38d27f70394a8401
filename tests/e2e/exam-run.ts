/**
 * Shared steps of the exam-run wizards' browser tests: load a school workspace
 * through the kit's 导入工作文件, move through screens, read a downloaded
 * workbook back, and check a printable document fits A4 pages without cut-off.
 */
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import type { Workspace } from '../../src/domain/workspace/schema';
import { buildFixtureWorkFile } from '../fixtures/work-files';
import { expect, visit } from './fixtures';
import { readSaved } from './saved-work';

/** Open a wizard and load `workspace` into it with 导入工作文件, as a colleague's work file would. */
export async function openWizardWith(page: Page, slug: string, workspace: Workspace): Promise<void> {
  await visit(page, `/wizards/${slug}/`);
  await expect(page.locator('.wizard-step-title')).toBeVisible();
  await page.locator('input[type=file][accept*="json"]').setInputFiles({ name: '工作文件.json', mimeType: 'application/json', buffer: Buffer.from(buildFixtureWorkFile(workspace)) });
  await page.getByRole('button', { name: '确定导入' }).click();
  await expect(page.locator('.wizard-step-title')).toBeVisible();
}

/**
 * Wait until the saved school workspace passes `holds`. A wizard writes the workspace after its screen has
 * changed; a test that opens the next wizard at once can leave the page before the write lands (on a busy
 * machine it did), and the next wizard then starts without it.
 */
export async function waitForWorkspace(page: Page, what: string, holds: (workspace: Workspace) => boolean): Promise<void> {
  await expect.poll(async () => holds(((await readSaved(page, 'workspace')) ?? {}) as Workspace), { message: `saved workspace: ${what}`, timeout: 20_000 }).toBe(true);
}

/** Press the screen's main button (下一步, 生成…) with the keyboard: focus it and press Enter. */
export async function pressMainButton(page: Page, name: string | RegExp = /下一步|生成/): Promise<void> {
  const button = page.locator('.wizard-actions').getByRole('button', { name });
  await button.focus();
  await page.keyboard.press('Enter');
}

/** Return the heading of the screen shown now. */
export function screenTitle(page: Page) {
  return page.locator('.wizard-step-title').first();
}

/** Click 下载… for a file and return the download. */
export async function downloadFile(page: Page, fileName: string): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: new RegExp(`下载.*${fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click()]);
  expect(download.suggestedFilename()).toBe(fileName);
  return download;
}

/** Read a downloaded .xlsx with exceljs. */
export async function readWorkbook(download: Download): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
  return workbook;
}

/** Return the values of a worksheet row as an array (cell A first). */
export function rowValues(sheet: ExcelJS.Worksheet, row: number): unknown[] {
  return (sheet.getRow(row).values as unknown[]).slice(1);
}

/**
 * Print the open document with Chromium to an A4 PDF and check it: one PDF page
 * per `.print-page`, nothing overflowing a page, and every page A4.
 *
 * The document is printed from a copy in a second tab of the same browser
 * context, not from the wizard's own tab: on a busy machine, headless Chromium
 * sometimes stopped drawing frames in a tab after `page.pdf()`, and the next
 * click there waited for a stable element until the test timed out.
 */
export async function expectDocumentFitsA4(page: Page): Promise<number> {
  // PrintStage marks <html> after it has drawn; until then the whole wizard would print (PrintStage.tsx).
  await expect(page.locator('html.print-document-open')).toBeAttached();
  const pages = await page.locator('.print-page').count();
  expect(pages).toBeGreaterThan(0);
  const html = await page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    // The copy opens in about:blank: the page's scripts would not run there, and its content security policy would refuse the site's own styles.
    copy.querySelectorAll('script, link[rel="modulepreload"], meta[http-equiv="Content-Security-Policy"]').forEach((element) => element.remove());
    const base = document.createElement('base');
    base.href = document.baseURI;
    copy.querySelector('head')!.prepend(base);
    return `<!doctype html>${copy.outerHTML}`;
  });
  const printer = await page.context().newPage();
  try {
    await printer.setContent(html, { waitUntil: 'load' });
    await printer.evaluate(() => document.fonts.ready.then(() => undefined));
    await printer.emulateMedia({ media: 'print' });
    expect(await printer.locator('.print-page').count(), 'pages in the copy').toBe(pages);
    const cutOff = await printer.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.print-page')].filter((element) => element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1).length,
    );
    const pdf = (await printer.pdf({ format: 'A4', printBackground: true })).toString('latin1');
    expect(cutOff, 'pages whose content is cut off').toBe(0);
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length, 'PDF pages').toBe(pages);
    // A4 in PDF points: 595.28 × 841.89 (Chromium writes 595.92 × 842.88).
    for (const [, width, height] of pdf.matchAll(/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)) {
      expect([Math.trunc(Number(width)), Math.trunc(Number(height))]).toEqual([595, 842]);
    }
  } finally {
    await printer.close();
  }
  return pages;
}
