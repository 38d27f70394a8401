import { defineConfig } from '@playwright/test';

/** Port of the built site during browser tests; apart from `npm start`'s 4321. */
const port = Number(process.env.TEST_PORT ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  // The release suite's own specs run against the packaged release (playwright.release.config.ts).
  testIgnore: 'release/**',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
    // Each test's fresh context would otherwise download the whole site into the service worker's cache
    // while it runs; tests/e2e/offline.spec.ts allows the worker and tests it.
    serviceWorkers: 'block',
    launchOptions: {
      // Browsers cannot be downloaded here: use Debian's Chromium (override with CHROMIUM_PATH).
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    },
  },
  webServer: {
    // --ignore-lock: run beside a developer's own `npm start` preview instead of refusing to start.
    command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
