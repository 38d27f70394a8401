import { expect, type Locator, type Page } from '@playwright/test';

/** One result as the search box shows it. */
export interface ShownResult {
  /** The page's path without the site's base: `/registration/rooms/`. */
  path: string;
  title: string;
  /** The section link's path and hash, when the result leads to a section. */
  section: string | null;
  excerpt: string;
}

/** What the search box shows for a query. */
export interface ShownOutcome {
  results: ShownResult[];
  /** The status line: how many, partial matches, nothing found. */
  status: string;
}

// The first query loads Pagefind's WebAssembly, index chunks and page texts: allow for a busy machine.
const firstLoadTimeout = 60_000;

/**
 * The site's own search box, driven as staff use it: the 搜索 button, the field in the
 * dialog, the result list. Waits for states (the list says which query it shows),
 * never for time.
 */
export class SearchBox {
  readonly dialog: Locator;
  readonly input: Locator;
  readonly results: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: '搜索' });
    this.input = this.dialog.getByRole('textbox', { name: '搜索' });
    this.results = this.dialog.locator('[data-search-results]');
    this.status = this.dialog.getByRole('status');
  }

  /** Open the dialog with the 搜索 button, unless it is open. */
  async open() {
    if (await this.dialog.isVisible()) return;
    await this.page.getByRole('button', { name: '搜索' }).first().click();
    await expect(this.input).toBeFocused();
  }

  /** Type `query` into the field and return what the box shows once it answers that query. */
  async search(query: string): Promise<ShownOutcome> {
    await this.open();
    // Clear first, so a query typed twice is still waited for.
    if ((await this.input.inputValue()) !== '') {
      await this.input.fill('');
      await expect(this.results).toHaveAttribute('data-query', '', { timeout: firstLoadTimeout });
    }
    await this.input.fill(query);
    await expect(this.results).toHaveAttribute('data-query', query, { timeout: firstLoadTimeout });
    return this.read();
  }

  /** Return what the box shows now. */
  async read(): Promise<ShownOutcome> {
    const base = (await this.page.locator('site-search').getAttribute('data-base')) ?? '/';
    // A result outside the site's base would lead nowhere: fail on it.
    const withoutBase = (href: string) => {
      const { pathname, hash } = new URL(href, this.page.url());
      if (!pathname.startsWith(base)) throw new Error(`search result ${href} is outside the site's base ${base}`);
      return '/' + decodeURIComponent(pathname).slice(base.length) + decodeURIComponent(hash);
    };
    const results = await this.results.locator(':scope > li').evaluateAll((items) =>
      items.map((item) => ({
        href: item.querySelector<HTMLAnchorElement>('a.result-page')!.href,
        title: item.querySelector('a.result-page')!.textContent ?? '',
        section: item.querySelector<HTMLAnchorElement>('a.result-section')?.href ?? null,
        excerpt: item.querySelector('.result-excerpt')?.textContent ?? '',
      })),
    );
    return {
      results: results.map((result) => ({
        path: withoutBase(result.href),
        title: result.title,
        section: result.section === null ? null : withoutBase(result.section),
        excerpt: result.excerpt,
      })),
      status: (await this.status.textContent()) ?? '',
    };
  }

  /** Close the dialog with Escape. */
  async close() {
    await this.page.keyboard.press('Escape');
    await expect(this.dialog).toBeHidden();
  }
}

/** Search once through the search box and close it; return the first `limit` result paths. */
export async function searchSite(page: Page, query: string, limit = 3): Promise<string[]> {
  const box = new SearchBox(page);
  const { results } = await box.search(query);
  await box.close();
  return results.slice(0, limit).map((result) => result.path);
}
