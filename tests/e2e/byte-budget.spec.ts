import { test, expect } from '@playwright/test';
import { listBuiltPages } from './built-pages';
import { chunkName, measurePageScripts } from './page-weight';

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

const guidePages = listBuiltPages().filter((path) => !path.startsWith('/wizards/') && path.endsWith('/'));

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
