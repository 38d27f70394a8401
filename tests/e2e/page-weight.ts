import type { Page, Request } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { builtFileFor, distDir } from './built-pages';

/** JavaScript a page loads before the user does anything. */
export interface PageScripts {
  /** Built module files, as `/_astro/<name>.js`, including their static imports. */
  modules: string[];
  /** Number of `<astro-island>` elements (Preact components that hydrate). */
  islands: number;
  /** Gzipped bytes of all modules plus all inline scripts. */
  gzipBytes: number;
  /** Inline scripts (Astro inlines small ones), each with its gzipped size. */
  inlineScripts: Array<{ text: string; gzipBytes: number }>;
}

const scriptTag = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const staticImport = /(?:import|from)\s*["'`](\.\/[^"'`]+\.js)["'`]/g;

/** Return the initial JavaScript of a built page: module graph and gzipped size. */
export function measurePageScripts(urlPath: string): PageScripts {
  const html = readFileSync(builtFileFor(urlPath), 'utf8');
  const modules = new Set<string>();
  const inlineScripts: PageScripts['inlineScripts'] = [];
  let gzipBytes = 0;
  const addModule = (src: string) => {
    if (modules.has(src)) return;
    modules.add(src);
    const code = readFileSync(join(distDir, src));
    gzipBytes += gzipSync(code).length;
    for (const [, relativeImport] of code.toString('utf8').matchAll(staticImport)) {
      addModule(src.slice(0, src.lastIndexOf('/') + 1) + relativeImport!.slice(2));
    }
  };
  // An island's component and renderer load as soon as it hydrates (on load, or when visible at the top).
  for (const [island] of html.matchAll(/<astro-island\b[^>]*>/g)) {
    for (const [, src] of island.matchAll(/\b(?:component|renderer)-url="([^"]+)"/g)) addModule(src!);
  }
  for (const [, attributes, body] of html.matchAll(scriptTag)) {
    const src = /\bsrc="([^"]+)"/.exec(attributes!)?.[1];
    if (src) addModule(src);
    else if (!/type="application\/(ld\+)?json"/.test(attributes!)) {
      const size = gzipSync(body!).length;
      inlineScripts.push({ text: body!, gzipBytes: size });
      gzipBytes += size;
    }
  }
  return {
    modules: [...modules].sort(),
    islands: (html.match(/<astro-island\b/g) ?? []).length,
    gzipBytes,
    inlineScripts,
  };
}

/** Strip the content hash from a built file name: `/_astro/page.ab12.js` → `page`. */
export function chunkName(modulePath: string): string {
  const file = modulePath.slice(modulePath.lastIndexOf('/') + 1);
  return file.replace(/\.[\w-]+\.js$/, '');
}

/**
 * True for the service worker's registration and its 「网站已更新」 notice (src/offline/register.ts, inlined by
 * Astro): site infrastructure on every page, with its own budget in byte-budget.spec.ts.
 */
export function isOfflineRegistration(script: string): boolean {
  // The worker's URL is built from the site's base (`${base}sw.js`), so match its file name and the API.
  return script.includes('sw.js') && script.includes('serviceWorker');
}

/** One script the browser fetched, with its size as sent gzipped. */
export interface FetchedScript {
  /** URL path, e.g. `/_astro/checking.ab12.js`. */
  path: string;
  gzipBytes: number;
}

/** What a page fetched of JavaScript, split into the page's own and Starlight's search UI. */
export interface FetchedScripts {
  /** Scripts counted against the page: everything but the search UI. */
  own: FetchedScript[];
  /** Starlight's search UI (Pagefind's default UI and its index), loaded when the browser is idle: the frame's cost. */
  search: FetchedScript[];
  /** Gzipped bytes of `own`. */
  gzipBytes: number;
}

/** How long the network must be quiet to count as idle, and how long to wait for that at most. */
const quietMs = 500;
const quietTimeoutMs = 20_000;

const isScriptPath = (path: string) => /\.(m?js|wasm)$/.test(path);

/**
 * Start recording every script the page fetches (module imports, dynamic imports, workers, WebAssembly), each
 * gzipped as a server with compression would send it. Call before navigating; `collect` returns what came so far.
 * The browser's cache is turned off for the page, so a reload fetches everything again, as a first visit would.
 */
export async function recordFetchedScripts(page: Page): Promise<{ waitForQuiet: () => Promise<void>; collect: () => Promise<FetchedScripts> }> {
  const session = await page.context().newCDPSession(page);
  await session.send('Network.setCacheDisabled', { cacheDisabled: true });
  // Scripts of the document being loaded: requested after its navigation began (a late reply for the page left behind is not counted).
  let requested = new Set<Request>();
  // A body can be gone when the page navigated away before it was read: that script belongs to the page left behind.
  let fetched: Array<Promise<(FetchedScript & { body: string }) | null>> = [];
  let inFlight = 0;
  let lastActivity = Date.now();
  const settle = () => ((inFlight -= 1), (lastActivity = Date.now()));
  page.on('request', (request) => {
    inFlight += 1;
    lastActivity = Date.now();
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) {
      requested = new Set();
      fetched = [];
    }
    requested.add(request);
  });
  page.on('requestfinished', settle);
  page.on('requestfailed', settle);
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (!requested.has(response.request()) || response.status() !== 200) return;
    if (!(response.request().resourceType() === 'script' || isScriptPath(pathname))) return;
    fetched.push(
      response.body().then(
        (body) => ({ path: pathname, gzipBytes: gzipSync(body).length, body: body.toString('utf8') }),
        () => null,
      ),
    );
  });
  return {
    // Network idle as Playwright defines it (nothing in flight for 500 ms), awaited after the state a test waits for.
    // A plain loop rather than `expect.poll`, so that the benchmark (bench/page-weight.bench.ts) can use it too.
    waitForQuiet: async () => {
      const deadline = Date.now() + quietTimeoutMs;
      while (!(inFlight <= 0 && Date.now() - lastActivity >= quietMs)) {
        if (Date.now() > deadline) throw new Error(`The network was not quiet for ${quietMs} ms within ${quietTimeoutMs / 1000} s.`);
        await new Promise((done) => setTimeout(done, 100));
      }
    },
    collect: async () => {
      const scripts = (await Promise.all(fetched)).filter((script) => script !== null);
      const searchModules = new Set(scripts.flatMap(({ path, body }) => (isStarlightSearch(path) ? dynamicImportsOf(path, body) : [])));
      const isSearch = ({ path }: FetchedScript) => path.startsWith('/pagefind/') || searchModules.has(path);
      const own = scripts.filter((script) => !isSearch(script)).map(({ path, gzipBytes }) => ({ path, gzipBytes }));
      return {
        own,
        search: scripts.filter(isSearch).map(({ path, gzipBytes }) => ({ path, gzipBytes })),
        gzipBytes: own.reduce((sum, script) => sum + script.gzipBytes, 0),
      };
    },
  };
}

/** Starlight's `<site-search>` script, which imports Pagefind's default UI when the browser is idle. */
const isStarlightSearch = (path: string) => chunkName(path) === 'Search.astro_astro_type_script_index_0_lang';

/** Return the modules a built chunk imports with `import()`, as URL paths. */
function dynamicImportsOf(path: string, code: string): string[] {
  const folder = path.slice(0, path.lastIndexOf('/') + 1);
  return [...code.matchAll(/\bimport\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g)].map(([, file]) => folder + file);
}
