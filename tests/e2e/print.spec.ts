import { test, expect, visit } from './fixtures';

test.describe('printing a guide', () => {
  test('hides the header, sidebar and table of contents', async ({ page }) => {
    await visit(page, '/start/overview/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header.header')).toBeHidden();
    await expect(page.locator('#starlight__sidebar')).toBeHidden();
    await expect(page.locator('starlight-toc')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('produces an A4 PDF', async ({ page }) => {
    await visit(page, '/start/overview/');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    // A4 in PDF points: 595 × 842.
    expect(pdf.toString('latin1')).toMatch(/MediaBox\s*\[\s*0 0 59[45]\.?\d* 84[12]\.?\d*\s*\]/);
  });
});
