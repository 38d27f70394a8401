import type { Page } from '@playwright/test';
import { pagefindRanking } from '../../src/search/ranking.mjs';

/**
 * Run a query through the site's own Pagefind index in the page, ranked the way the
 * site's search box ranks it; return result URLs, best first.
 */
export async function searchSite(page: Page, query: string, limit = 3): Promise<string[]> {
  return page.evaluate(
    async ({ query, limit, ranking }) => {
      const pagefindUrl = '/pagefind/pagefind.js';
      const pagefind = await import(/* @vite-ignore */ pagefindUrl);
      await pagefind.options({ ranking });
      await pagefind.init();
      const search = await pagefind.search(query);
      const top = await Promise.all(
        search.results.slice(0, limit).map((result: { data: () => Promise<{ url: string }> }) => result.data()),
      );
      return top.map((data: { url: string }) => data.url);
    },
    { query, limit, ranking: pagefindRanking },
  );
}
