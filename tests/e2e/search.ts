import type { Page } from '@playwright/test';

/** Run a query through the site's own Pagefind index in the page; return result URLs, best first. */
export async function searchSite(page: Page, query: string, limit = 3): Promise<string[]> {
  return page.evaluate(
    async ({ query, limit }) => {
      const pagefindUrl = '/pagefind/pagefind.js';
      const pagefind = await import(/* @vite-ignore */ pagefindUrl);
      await pagefind.init();
      const search = await pagefind.search(query);
      const top = await Promise.all(
        search.results.slice(0, limit).map((result: { data: () => Promise<{ url: string }> }) => result.data()),
      );
      return top.map((data: { url: string }) => data.url);
    },
    { query, limit },
  );
}
