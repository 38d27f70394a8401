/**
 * The sample school covers every wizard (issue 14): in demo mode each of the eleven
 * wizards is walked to its last screen with nothing typed, only 下一步, the options a
 * screen offers and the sample files the demo offers on upload screens. On the way:
 * the step indicator counts the wizard's own steps, the page never scrolls sideways
 * at 1280 px nor at a phone's 390 px, and the result screen links to the next wizard
 * (certificates, the last of the year, excepted).
 */
import type { Page } from '@playwright/test';
import { wizardSlugs, type WizardSlug } from '../../wizards/catalog';
import type { StepOverview, StepErrorsContext } from '../../wizards/kit/step-list';
import { candidatesSteps } from '../../wizards/candidates/steps';
import { certificatesSteps } from '../../wizards/certificates/steps';
import { materialsSteps } from '../../wizards/materials/steps';
import { photosSteps } from '../../wizards/photos/steps';
import { pilotSteps } from '../../wizards/pilot/steps';
import { registrationSteps } from '../../wizards/registration/steps';
import { reviewSteps } from '../../wizards/review/steps';
import { roomsSteps } from '../../wizards/rooms/steps';
import { siteSteps } from '../../wizards/site/steps';
import { staffSteps } from '../../wizards/staff/steps';
import { timelineSteps } from '../../wizards/timeline/steps';
import { leaverDocumentNumber, listPackPhotos } from '../../wizards/demo/photo-pack';
import { test, expect as baseExpect, visit } from './fixtures';

// Checking the sample list or the photo pack takes seconds on a busy machine.
const expect = baseExpect.configure({ timeout: 30_000 });

const stepLists: Record<WizardSlug, StepOverview<StepErrorsContext>> = {
  pilot: pilotSteps,
  site: siteSteps,
  candidates: candidatesSteps,
  photos: photosSteps,
  registration: registrationSteps,
  rooms: roomsSteps,
  staff: staffSteps,
  materials: materialsSteps,
  timeline: timelineSteps,
  review: reviewSteps,
  certificates: certificatesSteps,
} as unknown as Record<WizardSlug, StepOverview<StepErrorsContext>>;

/** More screens than any wizard has: a walk that goes on longer is going round in circles. */
const mostScreens = 25;

/** Return the titles the step indicator shows for a step list: every step that is not part of another. */
function listShownTitles(steps: StepOverview<StepErrorsContext>): string[] {
  return steps.ids.filter((step) => !steps.definitions[step].partOf).map((step) => steps.definitions[step].title);
}

const heading = (page: Page) => page.locator('#wizard-step-title');
const currentStep = (page: Page) => page.locator('.wizard-steps__item--current');

/** Width by which the page is wider than the window (0 when nothing scrolls sideways). */
function pageOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** What the screen shows now: its heading, its step, and any error summary (to name where a walk got stuck). */
async function describeScreen(page: Page): Promise<string> {
  const summary = page.locator('.wizard-error-summary, [role=alert]');
  const errors = (await summary.count()) > 0 ? (await summary.allInnerTexts()).join(' / ') : '';
  return `「${await heading(page).innerText()}」 (step ${await currentStep(page).innerText()})${errors ? `: ${errors}` : ''}`;
}

/** Take every sample file the demo offers on this screen: download it from the offer and choose it in the screen's file box. */
async function takeOfferedFiles(page: Page): Promise<void> {
  const offers = page.locator('.wizard-step .wizard-hint a[download]');
  const count = await offers.count();
  for (let index = 0; index < count; index += 1) {
    const offer = offers.nth(index);
    const [download] = await Promise.all([page.waitForEvent('download'), offer.click()]);
    const path = await download.path();
    // The offer stands right above the box it is for: the first file box after it on the screen.
    const box = offer.locator('xpath=following::input[@type="file"][1]');
    const before = await heading(page).innerText();
    await box.setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/octet-stream', buffer: await readBytes(path) });
    // The screen has taken the file when it moves on (a list, a photo pack) or shows what it read (scores, a stamp).
    await expect
      .poll(async () => (await heading(page).innerText()) !== before || (await page.locator('.score-import-report, .cert-stamp').count()) > 0)
      .toBe(true);
  }
}

async function readBytes(path: string): Promise<Buffer> {
  const { readFile } = await import('node:fs/promises');
  return readFile(path);
}

/**
 * Choices a screen offers that the walk makes as a trainee would, by wizard: the candidate
 * check leaves the sample list's students with errors out for now (the sample list has them
 * on purpose), and the review asks for 理论 of the students the export shows 缺考.
 */
const offeredChoices: Partial<Record<WizardSlug, (page: Page) => Promise<void>>> = {
  candidates: async (page) => {
    const leaveOut = page.getByLabel('先不导入有错误的学生');
    if ((await leaveOut.count()) > 0 && !(await leaveOut.isChecked())) await leaveOut.check();
  },
  review: async (page) => {
    const reasons = page.getByLabel('理论：复查理由');
    for (let index = 0; index < (await reasons.count()); index += 1) await reasons.nth(index).selectOption({ label: '参加了考试，但没有成绩（显示缺考或空白）' });
  },
};

/** Choose the first option of every group of choices on the screen that has none chosen yet (what a trainee accepting the defaults would do). */
async function chooseOfferedOptions(page: Page): Promise<void> {
  const groups = page.locator('.wizard-step fieldset:has(input[type=radio])');
  for (let index = 0; index < (await groups.count()); index += 1) {
    const group = groups.nth(index);
    if ((await group.locator('input[type=radio]:checked').count()) > 0) continue;
    const first = group.locator('input[type=radio]').first();
    if (await first.isVisible()) await first.check();
  }
}

/** Walk the wizard from its first screen to its last (or to the step titled `until`), asserting the step count and the page's width on each screen. */
async function walkToLastScreen(page: Page, slug: WizardSlug, until?: string): Promise<void> {
  const titles = listShownTitles(stepLists[slug]);
  const last = until ?? titles.at(-1)!;
  for (let screens = 0; screens < mostScreens; screens += 1) {
    await expect(heading(page)).toBeVisible();
    await expect(page.locator('.wizard-steps .wizard-steps__item')).toHaveCount(titles.length);
    await expect(page.locator('.wizard-steps .sr-only').first()).toContainText(`共 ${titles.length} 步`);
    expect(await pageOverflow(page), `sideways scrolling on ${await describeScreen(page)}`).toBeLessThanOrEqual(0);
    if ((await currentStep(page).innerText()).endsWith(last)) return;

    const before = await heading(page).innerText();
    await takeOfferedFiles(page);
    await chooseOfferedOptions(page);
    await offeredChoices[slug]?.(page);
    // Some screens change their heading when a file is read (a progress note, the sheet picked): the walk moves on from where it is.
    if ((await heading(page).innerText()) !== before) continue;
    const next = page.locator('.wizard-step .wizard-actions button[type=submit]');
    await expect(next, `no main button on ${await describeScreen(page)}`).toBeEnabled();
    await next.click();
    // The screen either moves on or says why not.
    await expect
      .poll(async () => (await heading(page).innerText()) !== before || (await page.locator('.wizard-error-summary').count()) > 0)
      .toBe(true);
    expect((await heading(page).innerText()) !== before, `stuck on ${await describeScreen(page)}`).toBe(true);
  }
  throw new Error(`${slug}: not at 「${last}」 after ${mostScreens} screens`);
}

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
