// The quick-reference cards: each prints on exactly one A4 page, and the whole set one card a page.
import type { Page } from '@playwright/test';
import { test, expect, visit } from './fixtures';
import { quickCards } from '../../src/domain/training/cards/index';

/** A4 minus the site's print margins (print.css: 15 mm at the sides and top, 18 mm at the bottom), in CSS px. */
const cssPxPerMm = 96 / 25.4;
const printableWidthPx = (210 - 15 - 15) * cssPxPerMm;
const printableHeightPx = (297 - 15 - 18) * cssPxPerMm;

function countPdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
}

/** Print a page as the browser's print-to-PDF does; return its page count and each card's printed height. */
async function printPage(page: Page, path: string) {
  await page.setViewportSize({ width: Math.floor(printableWidthPx), height: Math.floor(printableHeightPx) });
  await visit(page, path);
  await page.emulateMedia({ media: 'print' });
  const heights = await page.locator('.quick-card').evaluateAll((cards) => cards.map((card) => card.getBoundingClientRect().height));
  const pages = countPdfPages(await page.pdf({ format: 'A4', printBackground: true }));
  return { pages, heights };
}

test.describe('quick-reference cards', () => {
  for (const card of quickCards) {
    test(`prints the ${card.key} card on one A4 page`, async ({ page }) => {
      const { pages, heights } = await printPage(page, `/training/cards/${card.key}/`);
      console.log(`card ${card.key}: ${pages} A4 page, card ${Math.round(heights[0]!)} of ${Math.round(printableHeightPx)} px`);
      expect(heights).toHaveLength(1);
      expect(heights[0]!).toBeLessThanOrEqual(printableHeightPx);
      expect(pages).toBe(1);
    });
  }

  test('prints the whole set one card a page', async ({ page }) => {
    const { pages, heights } = await printPage(page, '/training/cards/');
    expect(heights).toHaveLength(quickCards.length);
    expect(Math.max(...heights)).toBeLessThanOrEqual(printableHeightPx);
    expect(pages).toBe(quickCards.length);
  });
});
