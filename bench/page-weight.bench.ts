/**
 * The JavaScript each wizard page costs a user (issue 12): every script Chromium fetches from page load until the
 * network is quiet, gzipped, on a first visit and on a returning user's visit (the sample school's workspace and a
 * draft saved), as the browser test `wizard-byte-budget.spec.ts` measures it (`tests/e2e/wizard-weight.ts`).
 * Loads the built site (`npm run build` first; `BENCH_DIST` for another build).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { wizards } from '../wizards/catalog';
import { measureWizardPage } from '../tests/e2e/wizard-weight';
import type { Benchmark, Figure } from './run';
import { distToBench, serveDist } from './serve-dist';

const targetBytes = 60 * 1024;

const benchmark: Benchmark = {
  name: `JavaScript a wizard page fetches before the user acts (gzip), built site (${distToBench})`,
  async run() {
    const paths = wizards.map(({ slug }) => ({ slug, path: `/wizards/${slug}/` }));
    for (const { path } of paths) {
      if (!existsSync(join(distToBench, path, 'index.html'))) throw new Error(`${path} is not built: run \`npm run build\` first (or set BENCH_DIST).`);
    }
    const { server, origin } = await serveDist();
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
    });
    const figures: Figure[] = [];
    try {
      for (const { slug, path } of paths) {
        // A new context for each page: nothing saved, as on a first visit. The service worker would serve the reload
        // from its cache and fetch the whole site beside it: blocked, as in the browser tests.
        const context = await browser.newContext({ serviceWorkers: 'block', locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
        try {
          const weight = await measureWizardPage(await context.newPage(), slug, `${origin}${path}`);
          figures.push({ label: `${path} first visit`, value: weight.firstVisit.gzipBytes, unit: `B gz in ${weight.firstVisit.own.length} scripts`, target: `≤ ${targetBytes.toLocaleString('en-US')}` });
          figures.push({ label: `${path} with saved work`, value: weight.withSavedWork.gzipBytes, unit: `B gz in ${weight.withSavedWork.own.length} scripts` });
        } finally {
          await context.close();
        }
      }
      return figures;
    } finally {
      await browser.close();
      server.close();
    }
  },
};

export default benchmark;
