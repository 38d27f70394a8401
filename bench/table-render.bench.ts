/**
 * The candidate review table's render time (issue 14): from the check's end to the
 * review screen and its table on screen, in headless Chromium with the kit's styles,
 * for a clean 5 000-row list and one with a problem in every tenth row (the screen
 * shows one page of 50 rows whatever the list's length). Figures on a loaded
 * machine vary several-fold: compare runs made alike.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { CandidateRow } from '../src/domain/candidates/schema';
import { candidateImportTemplate } from '../src/domain/candidates/facts';
import { generateStudents } from '../tests/fixtures/candidates';
import type { Benchmark, Figure } from './run';

const repeats = 5;

/** `count` generated students as rows; every `brokenEvery`-th gets a bad phone number. */
function toRows(count: number, brokenEvery = 0): CandidateRow[] {
  const list = generateStudents(count);
  const keys = candidateImportTemplate.columns.map((column) => column.key);
  return list.rows.map((cells, index) => {
    const values = Object.fromEntries(keys.map((key, column) => [key, String(cells[column])])) as CandidateRow['values'];
    if (brokenEvery > 0 && index % brokenEvery === 0) values.phone = '123';
    return { id: index + 1, sourceRow: index + 2, values };
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const benchmark: Benchmark = {
  name: 'Candidate review table: from the check’s end to the table on screen, in headless Chromium',
  async run() {
    const bundle = await build({
      entryPoints: [resolve('bench', 'table-render.browser.tsx')],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      jsx: 'automatic',
      jsxImportSource: 'preact',
      // The screen's stylesheet is injected below, as the page has it.
      loader: { '.css': 'empty' },
      logLevel: 'error',
    });
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.setContent('<!doctype html><html lang="zh-CN"><body><div class="wizard" id="root"></div></body></html>');
      await page.addStyleTag({ content: readFileSync(resolve('wizards', 'kit', 'wizard.css'), 'utf8') });
      await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
      const measure = (rows: CandidateRow[]) =>
        page.evaluate((rows) => (globalThis as never as { measureTableRender: Function }).measureTableRender(rows), rows) as Promise<{ renderMs: number; preactMs: number; tableRows: number; issues: number }>;

      await measure(toRows(200)); // warm-up: JIT and the pinyin dictionary
      const figures: Figure[] = [];
      for (const [label, rows] of [
        ['5 000 students, clean list', toRows(5000)],
        ['5 000 students, a problem in every tenth row', toRows(5000, 10)],
      ] as const) {
        const runs = [];
        for (let i = 0; i < repeats; i += 1) runs.push(await measure(rows));
        if (runs[0]!.tableRows !== 50) throw new Error(`Expected one page of 50 rows on screen, got ${runs[0]!.tableRows}`);
        figures.push({ label: `${label}: on screen (median of ${repeats})`, value: Math.round(median(runs.map((run) => run.renderMs))), unit: 'ms' });
        figures.push({ label: `${label}: of which Preact rendering`, value: Math.round(median(runs.map((run) => run.preactMs))), unit: 'ms' });
        figures.push({ label: `${label}: problems listed`, value: runs[0]!.issues, unit: '' });
      }
      return figures;
    } finally {
      await browser.close();
    }
  },
};

export default benchmark;
