import { defineConfig } from '@playwright/test';
import rootConfig from './playwright.config';
import { releasePort, testedBase, unpackedSiteDir } from './tests/e2e/release/release-under-test';

/**
 * The release suite (`npm run test:release`): the zip `npm run package` builds for the sub-path
 * `/kaowu/`, unpacked and served there by a plain static server, as a school publishes it. It runs
 * the checks where a sub-path breaks things: every page (console errors, failed and off-origin
 * requests, axe), every link of every page, search, offline use with the service worker's scope,
 * and one journey through six wizards with their downloads, printouts and calendar links. The rest
 * of the browser suite runs against the root build only (playwright.config.ts).
 */

// The pages the specs visit are listed from the unpacked site (tests/e2e/built-pages.ts reads SITE_OUT_DIR).
process.env.SITE_OUT_DIR = unpackedSiteDir;

export default defineConfig({
  ...rootConfig,
  testIgnore: undefined,
  testMatch: ['release/*.spec.ts', 'every-page.spec.ts', 'search.spec.ts', 'search-box.spec.ts', 'offline.spec.ts', 'exam-run-journey.spec.ts'],
  use: { ...rootConfig.use, baseURL: `http://127.0.0.1:${releasePort}${testedBase}` },
  webServer: {
    command: 'node tests/e2e/release/serve-release.ts',
    url: `http://127.0.0.1:${releasePort}${testedBase}`,
    // Always a fresh unpack of the zip just packaged, never a server left from an earlier run.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
