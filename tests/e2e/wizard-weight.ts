// What a wizard page fetches before the user acts, on a first visit and with saved work (issue 12): measured the
// same way by the browser test (wizard-byte-budget.spec.ts) and the benchmark (bench/page-weight.bench.ts).
import type { Page } from '@playwright/test';
import { buildSampleWorkspace } from '../../wizards/demo/sample-workspace';
import { recordFetchedScripts, type FetchedScripts } from './page-weight';
import { putSaved, readSaved } from './saved-work';

/** A wizard page's scripts on a first visit and on a returning user's visit, and the step the draft was saved at. */
export interface WizardPageWeight {
  firstVisit: FetchedScripts;
  withSavedWork: FetchedScripts;
  /** The step title when the draft was saved: the page shows it again once the draft has resumed. */
  savedStep: string;
}

// Loading a wizard and its saved work takes a few seconds on a busy machine.
const stateTimeout = { timeout: 20_000 };

/** The title of the step a wizard shows. */
export const stepTitle = (page: Page) => page.locator('#wizard-step-title');

/** Wait until the wizard shows a step with all its code loaded (no 「正在加载…」) and the network is quiet. */
async function waitUntilSettled(page: Page, waitForQuiet: () => Promise<void>) {
  await stepTitle(page).waitFor(stateTimeout);
  await page.waitForFunction(() => !document.querySelector('.wizard-loading'), undefined, stateTimeout);
  await waitForQuiet();
}

/** Press the first screen's button (it moves on with what the saved workspace holds, or notes what is missing), so a draft is saved. */
async function saveADraft(page: Page, slug: string) {
  await page.locator('.wizard-step .wizard-actions button[type="submit"]').first().click();
  const deadline = Date.now() + stateTimeout.timeout;
  while ((await readSaved(page, `draft:${slug}`)) === undefined) {
    if (Date.now() > deadline) throw new Error(`No draft of ${slug} was saved within ${stateTimeout.timeout / 1000} s.`);
    await page.waitForTimeout(100);
  }
}

/**
 * Measure the wizard `slug` at `url`: load it on a fresh page; then, as a returning user, with the sample school's
 * workspace and a draft of the wizard saved (the normal case), reload it. `page` must be new (nothing saved yet).
 */
export async function measureWizardPage(page: Page, slug: string, url: string): Promise<WizardPageWeight> {
  const recorder = await recordFetchedScripts(page);

  await page.goto(url);
  await waitUntilSettled(page, recorder.waitForQuiet);
  const firstVisit = await recorder.collect();

  await putSaved(page, 'workspace', buildSampleWorkspace(new Date()));
  await page.reload();
  await waitUntilSettled(page, recorder.waitForQuiet);
  await saveADraft(page, slug);
  await waitUntilSettled(page, recorder.waitForQuiet);
  const savedStep = (await stepTitle(page).textContent()) ?? '';
  await page.reload();
  await waitUntilSettled(page, recorder.waitForQuiet);
  return { firstVisit, withSavedWork: await recorder.collect(), savedStep };
}
