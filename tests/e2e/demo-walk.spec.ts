/**
 * The sample school covers every wizard (issue 14): in demo mode each of the eleven
 * wizards is walked to its last screen with nothing typed, only 下一步, the options a
 * screen offers and the sample files the demo offers on upload screens. On the way:
 * the step indicator counts the wizard's own steps, the page never scrolls sideways
 * at 1280 px nor at a phone's 390 px, and the result screen links to the next wizard
 * (certificates, the last of the year, excepted).
 */
import { wizardSlugs } from '../../wizards/catalog';
import { photosSteps } from '../../wizards/photos/steps';
import { leaverDocumentNumber, listPackPhotos } from '../../wizards/demo/photo-pack';
import { walkToLastScreen } from './demo-walk';
import { test, expect as baseExpect, visit } from './fixtures';

// Checking the sample list or the photo pack takes seconds on a busy machine.
const expect = baseExpect.configure({ timeout: 30_000 });

// An office PC's screen, and a phone's (issue 14: nothing essential hidden at 390 px, on every screen, not only the first).
const windowSizes = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;

test.describe('the sample school walks every wizard to its last screen', () => {
  for (const [index, slug] of wizardSlugs.entries()) {
    for (const size of windowSizes) {
      test(`${slug}: reaches its last screen in demo mode with nothing typed, at ${size.width} px`, async ({ page }) => {
        await page.setViewportSize(size);
        await visit(page, `/wizards/${slug}/?demo=1`);
        await expect(page.locator('html')).toHaveAttribute('data-work-mode', 'demo');
        await walkToLastScreen(page, slug);
        const next = page.getByRole('region', { name: '接下来' });
        if (index === wizardSlugs.length - 1) {
          await expect(next.getByRole('link', { name: /^打开「/ })).toHaveCount(0);
        } else {
          await expect(next.getByRole('link', { name: /^打开「/ }).first()).toBeVisible();
        }
      });
    }
  }
});

test('photos: the sample pack’s reminder shared by several photos is one line with a count', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await visit(page, '/wizards/photos/?demo=1');
  await walkToLastScreen(page, 'photos', photosSteps.definitions.review.title);
  const warned = page.getByRole('region', { name: /有提醒的照片/ });
  // The PNG screenshots of students on the list (the leaver's photo matches nobody and is not checked).
  const pngPhotos = listPackPhotos().filter((photo) => photo.format === 'png' && !photo.fileName.startsWith(leaverDocumentNumber));
  expect(pngPhotos.length).toBeGreaterThan(1);
  await expect(warned.getByText(/照片是 PNG 格式/)).toHaveCount(1);
  await expect(warned.getByText(`${pngPhotos.length} 张照片：`, { exact: false })).toBeVisible();
  await warned.getByText(`查看这 ${pngPhotos.length} 张照片`).click();
  for (const photo of pngPhotos) await expect(warned.getByText(photo.fileName, { exact: false })).toBeVisible();
});
