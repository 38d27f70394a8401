import type { Page } from '@playwright/test';
import { pagefindRanking } from '../../src/search/ranking.mjs';
import { siteUrl } from './fixtures';

/**
 * Run a query through the site's own Pagefind index in the page, ranked and based the way
 * the site's search box does it; return the routes of the results, best first. A result
 * URL outside the site's base throws: its link would lead nowhere.
 */
export async function searchSite(page: Page, query: string, limit = 3): Promise<string[]> {
  const base = new URL(siteUrl('/')).pathname;
  const urls = await page.evaluate(
    async ({ query, limit, ranking, pagefindUrl, base }) => {
      const pagefind = await import(/* @vite-ignore */ pagefindUrl);
      await pagefind.options({ ranking, baseUrl: base });
      await pagefind.init();
      const search = await pagefind.search(query);
      const top = await Promise.all(
        search.results.slice(0, limit).map((result: { data: () => Promise<{ url: string }> }) => result.data()),
      );
      return top.map((data: { url: string }) => data.url);
    },
    { query, limit, ranking: pagefindRanking, pagefindUrl: siteUrl('/pagefind/pagefind.js'), base },
  );
  return urls.map((url) => {
    if (!url.startsWith(base)) throw new Error(`search result ${url} is outside the site's base ${base}`);
    return url.slice(base.length - 1);
  });
}
