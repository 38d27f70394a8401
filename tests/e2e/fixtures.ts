import { test as base, expect, type Page } from '@playwright/test';

/** What a page reported through a `securitypolicyviolation` event. */
export interface CspViolation {
  /** The directive that refused, e.g. `connect-src`. */
  directive: string;
  /** What was refused: a URL, `inline` or `eval`. */
  blocked: string;
  /** Where it was attempted, e.g. `http://127.0.0.1:4329/_astro/page.js:1`. */
  source: string;
}

/**
 * Every browser test uses this `test`: it records console errors, page errors,
 * failed requests, error responses, any request that leaves the site's own
 * origin and every content security policy violation, and fails the test if it
 * saw one. Requests to other origins are also aborted, so a leak can never reach
 * the network even by accident. A test that provokes a violation on purpose takes
 * it out of `cspViolations` once it has checked it.
 */
export const test = base.extend<{ cspViolations: CspViolation[]; siteGuard: string[]; failureText: void }>({
  // When a test fails, print what its page showed: CI keeps only the log, not Playwright's error context.
  failureText: [
    async ({ page }, use, testInfo) => {
      await use();
      if (testInfo.status === testInfo.expectedStatus || page.isClosed()) return;
      const text = await page
        .locator('main')
        .innerText({ timeout: 2_000 })
        .catch((error: Error) => `(could not read the page: ${error.message})`);
      console.log(`--- ${testInfo.title}: the page at ${page.url()} showed ---\n${text.slice(0, 2_000)}\n---`);
    },
    { auto: true },
  ],
  cspViolations: [
    async ({ page }, use) => {
      const violations: CspViolation[] = [];
      await page.exposeBinding('reportCspViolation', (_source, violation: CspViolation) => void violations.push(violation));
      await page.addInitScript(() => {
        const report = (window as unknown as { reportCspViolation: (violation: CspViolation) => void }).reportCspViolation;
        document.addEventListener('securitypolicyviolation', (event) =>
          report({ directive: event.effectiveDirective, blocked: event.blockedURI, source: `${event.sourceFile}:${event.lineNumber}` }),
        );
      });
      await use(violations);
    },
    { auto: true },
  ],
  siteGuard: [
    async ({ page, baseURL, cspViolations }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL!).origin;
      const isLocal = (url: string) => {
        const { protocol, origin: requestOrigin } = new URL(url);
        return protocol === 'data:' || protocol === 'blob:' || requestOrigin === origin;
      };
      await page.context().route(
        (url) => !isLocal(url.href),
        (route) => route.abort('blockedbyclient'),
      );
      page.on('console', (message) => {
        // The browser also logs each violation; `cspViolations` has it, with what was refused and where.
        if (message.type() === 'error' && !isCspRefusal(message.text())) problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        if (!isLocal(request.url())) problems.push(`request to another origin: ${request.url()}`);
      });
      page.on('requestfailed', (request) => {
        // A navigation interrupted by the next one is not a failure of the site.
        if (request.failure()?.errorText === 'net::ERR_ABORTED' && isLocal(request.url())) return;
        problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      await use(problems);
      const violations = cspViolations.map(({ directive, blocked, source }) => `content security policy (${directive}) refused ${blocked} from ${source}`);
      expect([...problems, ...violations], 'console errors, failed or foreign requests, content security policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** True for a message the browser logs when the content security policy refuses something (not for a badly written policy). */
function isCspRefusal(text: string): boolean {
  return /violates the (following|document's) Content Security Policy/.test(text);
}

/**
 * Return the URL to open a route of the site (`/start/overview/`) at, under the base of the build being tested:
 * relative to the project's baseURL (`http://127.0.0.1:4330/kaowu/`), where a root-absolute path would leave the base.
 */
export function toSiteUrl(route: string): string {
  return route.startsWith('/') ? `.${route}` : route;
}

/** Return the absolute URL of a route of the site under test, e.g. for links written into generated files. */
export function siteUrl(route: string): string {
  const baseURL = test.info().project.use.baseURL!;
  return new URL(toSiteUrl(route), baseURL.endsWith('/') ? baseURL : `${baseURL}/`).href;
}

/** Open a route of the built site and wait until it has settled. */
export async function visit(page: Page, route: string) {
  await page.goto(toSiteUrl(route), { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
}
