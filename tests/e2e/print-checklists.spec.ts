import type { Page } from '@playwright/test';
import { test, expect, visit } from './fixtures';

/**
 * The exam-day checklists are meant to be printed and ticked on paper. Printed on
 * A4 (print.css: @page A4, margins 15 mm at the sides, 15 mm top, 18 mm bottom),
 * every item must keep its tick box and fit inside the printable width, and the
 * PDF must have the pages the content needs, no fewer (nothing dropped).
 */
const cssPxPerMm = 96 / 25.4;
const printableWidthPx = (210 - 15 - 15) * cssPxPerMm;
const printableHeightPx = (297 - 15 - 18) * cssPxPerMm;

/** Pages to print, the items that must all fit, and whether each item has a tick box. */
const printedPages = [
  { path: '/exam-day/exam-process/', items: '.checklist li', minItems: 30, hasTickBoxes: true },
  { path: '/exam-day/emergencies/', items: '.emergencies > li', minItems: 11, hasTickBoxes: false },
  { path: '/exam-day/room-setup/', items: '.materials tbody tr', minItems: 14, hasTickBoxes: true },
];

/** Lay the page out as the printer will: print media at the printable width of A4. */
async function layOutForPrint(page: Page, path: string) {
  await page.setViewportSize({ width: Math.floor(printableWidthPx), height: Math.floor(printableHeightPx) });
  await visit(page, path);
  await page.emulateMedia({ media: 'print' });
}

function countPdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
}

for (const { path, items, minItems, hasTickBoxes } of printedPages) {
  test.describe(`printing ${path}`, () => {
    test('keeps every item inside the printable width of A4', async ({ page }) => {
      await layOutForPrint(page, path);
      const boxes = await page.locator(items).evaluateAll((elements) =>
        elements.map((el) => {
          const rect = el.getBoundingClientRect();
          return { text: el.textContent!.trim().slice(0, 20), left: rect.left, right: rect.right, height: rect.height, overflows: el.scrollWidth > el.clientWidth + 1 };
        }),
      );
      expect(boxes.length).toBeGreaterThanOrEqual(minItems);
      const cut = boxes.filter((b) => b.left < 0 || b.right > printableWidthPx + 1 || b.height === 0 || b.overflows);
      expect(cut).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(Math.ceil(printableWidthPx));
    });

    if (hasTickBoxes) test('prints a bordered tick box before every checklist item', async ({ page }) => {
      await layOutForPrint(page, path);
      const boxes = page.locator(`${items} input[type="checkbox"]`);
      expect(await boxes.count()).toBe(await page.locator(items).count());
      const borders = await boxes.evaluateAll((inputs) =>
        inputs.map((input) => {
          const style = getComputedStyle(input);
          return style.display !== 'none' && style.visibility !== 'hidden' && parseFloat(style.borderTopWidth) > 0;
        }),
      );
      expect(borders.every(Boolean)).toBe(true);
    });

    test('produces as many A4 pages as the content needs', async ({ page }) => {
      await layOutForPrint(page, path);
      const contentHeight = await page.evaluate(() => document.documentElement.scrollHeight);
      const needed = Math.ceil(contentHeight / printableHeightPx);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      const pages = countPdfPages(pdf);
      console.log(`print ${path}: ${pages} A4 pages for ${Math.round(contentHeight)} px of content (${needed} at least)`);
      // Items kept together may push a few to the next page, never drop them.
      expect(pages).toBeGreaterThanOrEqual(needed);
      expect(pages).toBeLessThanOrEqual(needed + Math.ceil(needed / 2));
    });
  });
}
