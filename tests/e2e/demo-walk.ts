/**
 * Walking a wizard in demo mode as a trainee would, with nothing typed: only 下一步, the
 * options a screen offers and the sample files the demo offers (demo-walk.spec.ts, and the
 * workbench's round trip, which walks every wizard one screen on).
 */
import type { Page } from '@playwright/test';
import type { WizardSlug } from '../../wizards/catalog';
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
import { expect as baseExpect } from './fixtures';

// Checking the sample list or the photo pack takes seconds on a busy machine.
const expect = baseExpect.configure({ timeout: 30_000 });

export const stepLists: Record<WizardSlug, StepOverview<StepErrorsContext>> = {
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
export function listShownTitles(steps: StepOverview<StepErrorsContext>): string[] {
  return steps.ids.filter((step) => !steps.definitions[step].partOf).map((step) => steps.definitions[step].title);
}

export const heading = (page: Page) => page.locator('#wizard-step-title');
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
export async function walkToLastScreen(page: Page, slug: WizardSlug, until?: string): Promise<void> {
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
