import { test, expect } from '@playwright/test';
import { listBuiltPages } from './built-pages';
import { chunkName, isOfflineRegistration, measurePageScripts } from './page-weight';

/**
 * Chunks Starlight and Astro themselves put on every docs page: prefetching,
 * search, the table of contents and code-block copy buttons. Anything else on a
 * guide page is JavaScript of our own, which guides must not ship.
 */
const starlightChunks = new Set([
  'page',
  'Search.astro_astro_type_script_index_0_lang',
  'TableOfContents.astro_astro_type_script_index_0_lang',
  'MobileTableOfContents.astro_astro_type_script_index_0_lang',
  'starlight-toc',
  'ui-core',
  'preload-helper',
  'ec',
]);

/** Starlight's own initial JavaScript, gzipped, with room for minor upgrades. */
const guidePageBudgetBytes = 40 * 1024;

/**
 * The one script of our own a guide page may carry: the offline registration (`isOfflineRegistration`).
 * Offline use needs it on every page, because any page can be the first one a user opens; it must stay tiny.
 */
const offlineRegistrationBudgetBytes = 1024;

// 本校工作台 is a page of the work, measured with its island in workbench.spec.ts.
const guidePages = listBuiltPages().filter((path) => !path.startsWith('/wizards/') && path !== '/workbench/' && path.endsWith('/'));

test('guide pages ship no JavaScript beyond Starlight’s own', () => {
  const rows = guidePages.map((path) => ({ path, ...measurePageScripts(path) }));
  for (const row of rows) {
    console.log(`guide JS  ${String(row.gzipBytes).padStart(6)} B gz  ${row.path}`);
  }
  for (const row of rows) {
    expect.soft(row.islands, `${row.path}: islands`).toBe(0);
    const foreign = row.modules.map(chunkName).filter((name) => !starlightChunks.has(name));
    expect.soft(foreign, `${row.path}: chunks not from Starlight`).toEqual([]);
    expect.soft(row.gzipBytes, `${row.path}: gzipped JS`).toBeLessThanOrEqual(guidePageBudgetBytes);
  }
});

test('guide pages add exactly one script of their own: the offline registration', () => {
  const registrations = guidePages.map((path) => ({ path, scripts: measurePageScripts(path).inlineScripts.filter((script) => isOfflineRegistration(script.text)) }));
  const size = registrations[0]!.scripts[0]?.gzipBytes ?? 0;
  console.log(`offline registration script ${size} B gz on every guide page`);
  for (const { path, scripts } of registrations) expect.soft(scripts.length, `${path}: offline registration scripts`).toBe(1);
  expect(size).toBeGreaterThan(0);
  expect(size).toBeLessThanOrEqual(offlineRegistrationBudgetBytes);
});
