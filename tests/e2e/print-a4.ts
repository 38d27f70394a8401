/**
 * Printing a wizard's result as the school will: Chromium's print layout at the
 * printable width of A4 (src/styles/print.css: @page A4, 15 mm margins at the sides,
 * 15 mm top, 18 mm bottom), then a real PDF.
 */
import { expect, type Page } from '@playwright/test';

const cssPxPerMm = 96 / 25.4;
const printableWidthPx = (210 - 15 - 15) * cssPxPerMm;
const printableHeightPx = (297 - 15 - 18) * cssPxPerMm;

/** Return the number of pages of a PDF Chromium wrote. */
function countPdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
}

/**
 * Print the open page and check it fits A4: every page A4, nothing wider than the
 * printable width or cut off in a scrolling table, no button or form control left,
 * and no more pages than `maxPages`. Returns the number of pages.
 */
export async function expectPrintsOnA4(page: Page, maxPages: number): Promise<number> {
  await page.setViewportSize({ width: Math.floor(printableWidthPx), height: Math.floor(printableHeightPx) });
  await page.emulateMedia({ media: 'print' });
  const layout = await page.evaluate(() => ({
    pageWidth: document.documentElement.scrollWidth,
    cutTables: [...document.querySelectorAll<HTMLElement>('.wizard table, .wizard-table-wrap')]
      .filter((element) => element.scrollWidth > element.clientWidth + 1)
      .map((element) => element.textContent!.trim().slice(0, 20)),
  }));
  expect(layout.pageWidth, 'printed page width').toBeLessThanOrEqual(Math.ceil(printableWidthPx));
  expect(layout.cutTables, 'tables cut off at the right').toEqual([]);
  await expect(page.locator('.wizard :is(button, input, select, textarea):visible')).toHaveCount(0);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const pdfText = pdf.toString('latin1');
  // A4 in PDF points: 595.28 × 841.89 (Chromium writes 595.92 × 842.88).
  for (const [, width, height] of pdfText.matchAll(/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)) {
    expect([Math.trunc(Number(width)), Math.trunc(Number(height))]).toEqual([595, 842]);
  }
  const pages = countPdfPages(pdf);
  expect(pages).toBeGreaterThan(0);
  expect(pages).toBeLessThanOrEqual(maxPages);
  return pages;
}
