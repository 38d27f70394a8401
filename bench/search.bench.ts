/**
 * Time from the last keystroke to the results appearing in the site's search box, on
 * the built site (`npm run build` first) in headless Chromium: questions typed key by
 * key as staff type them, the first one right after the dialog opens (Pagefind and
 * its index still loading), the others once it has loaded. Target < 300 ms.
 */
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { readBuiltBase } from '../scripts/built-base';
import { startStaticSite } from '../scripts/static-server';
import { distDir } from '../tests/e2e/built-pages';
import { searchQuestions } from '../tests/e2e/search-questions';
import type { Benchmark, Figure } from './run';

/** Questions timed after the first: every fifth of the question set, across the year. */
const timedQuestions = searchQuestions.filter((_, index) => index % 5 === 0).map((item) => item.question);

/** Type `question` key by key into the open search box; return ms from its last keystroke to its results shown. */
async function timeQuestion(page: Page, question: string): Promise<number> {
  const input = page.getByRole('dialog').getByRole('textbox', { name: '搜索' });
  if ((await input.inputValue()) !== '') {
    await input.fill('');
    await page.waitForFunction(() => document.querySelector('[data-search-results]')?.getAttribute('data-query') === '');
  }
  await page.evaluate((query) => {
    const state = window as unknown as { lastKeystroke: number; shown: Promise<number>; isTiming?: boolean };
    if (!state.isTiming) {
      document.querySelector('[data-search-input]')!.addEventListener('input', () => (state.lastKeystroke = performance.now()));
      state.isTiming = true;
    }
    const results = document.querySelector('[data-search-results]')!;
    state.shown = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (results.getAttribute('data-query') !== query) return;
        observer.disconnect();
        // Shown means painted: a task queued from the next frame's callbacks runs once that frame is painted.
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - state.lastKeystroke)));
      });
      observer.observe(results, { attributes: true, attributeFilter: ['data-query'] });
    });
  }, question);
  await input.pressSequentially(question);
  return page.evaluate(() => (window as unknown as { shown: Promise<number> }).shown);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const benchmark: Benchmark = {
  name: 'Search box: last keystroke to results shown, built site in headless Chromium',
  async run() {
    if (!existsSync(join(distDir, 'pagefind', 'pagefind.js'))) throw new Error(`No search index in ${distDir}: run \`npm run build\` first (with the same SITE_OUT_DIR).`);
    const base = readBuiltBase(distDir);
    // Served at the base it was built for (SITE_BASE at build time), as a school's static host would.
    const server = await startStaticSite({ root: distDir, base, host: '127.0.0.1', port: 0 });
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
    });
    try {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}${base}`, { waitUntil: 'networkidle' });
      await page.getByRole('button', { name: '搜索' }).first().click();
      const first = await timeQuestion(page, searchQuestions[0]!.question);
      const warm: number[] = [];
      for (const question of timedQuestions) warm.push(await timeQuestion(page, question));
      const figures: Figure[] = [
        // The machine is shared: timings mean little without how busy it was (runnable processes per core).
        { label: `machine load while timing (1-min load average / ${availableParallelism()} cores)`, value: loadavg()[0]! / availableParallelism(), unit: 'per core' },
        { label: `first question, typed as the dialog opens (Pagefind loading)`, value: Math.round(first), unit: 'ms' },
        { label: `${warm.length} questions typed key by key: median`, value: Math.round(median(warm)), unit: 'ms', target: '< 300' },
        { label: `${warm.length} questions typed key by key: slowest`, value: Math.round(Math.max(...warm)), unit: 'ms', target: '< 300' },
      ];
      return figures;
    } finally {
      await browser.close();
      server.close();
    }
  },
};

export default benchmark;
