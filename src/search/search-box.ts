/**
 * The search dialog's results: loads Pagefind from the site's base, runs each query
 * through site-search.ts and shows what it found. Only the latest query is searched
 * and shown, so typing fast never waits for, or shows, an older answer. Loaded by
 * search-element.ts the first time the dialog opens.
 */
import { pagefindRanking } from './ranking.mjs';
import { createSiteSearch, type PagefindPage, type SearchOutcome, type SearchResult, type SiteSearch } from './site-search';
import type { PagefindApi } from './pagefind-words';

/** What the dialog asks of the search box. */
export interface SearchBox {
  /** Search for `query` and show the results (or clear them when it is empty). */
  search: (query: string) => Promise<void>;
  /** Go to the first result shown (Enter in the search field). */
  openFirstResult: () => void;
}

/** Where the box finds Pagefind and which of the dialog's elements it writes into. */
export interface SearchBoxElements {
  /** The site's base with a trailing slash: Pagefind's bundle is at `${base}pagefind/pagefind.js`. */
  base: string;
  /** A live region: how many results, partial matches, nothing found. */
  status: HTMLElement;
  /** The result list; its `data-query` says which query the shown results answer. */
  results: HTMLOListElement;
}

/** Pagefind's module as loaded from the built site. */
interface PagefindModule extends PagefindApi<PagefindPage> {
  options: (options: object) => Promise<void>;
  init: () => Promise<void>;
}

/** Load Pagefind's bundle from the site's own `pagefind/` folder, ranked the site's way. */
async function loadPagefind(base: string): Promise<PagefindModule> {
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindModule;
  await pagefind.options({ ranking: pagefindRanking, baseUrl: base });
  await pagefind.init();
  return pagefind;
}

/** Return the number of pages in the index from Pagefind's entry file, or undefined if it cannot say. */
async function countIndexedPages(base: string): Promise<number | undefined> {
  try {
    const entry = (await (await fetch(`${base}pagefind/pagefind-entry.json`)).json()) as { languages?: Record<string, { page_count?: number }> };
    const counts = Object.values(entry.languages ?? {}).map((language) => language.page_count ?? 0);
    return counts.length > 0 ? counts.reduce((sum, count) => sum + count, 0) : undefined;
  } catch {
    return undefined;
  }
}

/** Return the status line for a query's outcome. */
export function describeOutcome(outcome: SearchOutcome): string {
  if (outcome.results.length === 0) return `没有找到与「${outcome.query.trim()}」有关的内容。换个说法，或只输入关键词试试，例如「考场」「照片」「复查」。`;
  if (outcome.isPartial) return `没有哪一页包含您输入的全部词语，下面是最接近的 ${outcome.results.length} 个页面。`;
  return `找到 ${outcome.results.length} 个相关页面。`;
}

/** Return the list item of one result: the page, the section that answers, the passage. */
function renderResult(result: SearchResult): HTMLLIElement {
  const item = document.createElement('li');
  const page = document.createElement('a');
  page.className = 'result-page';
  page.href = result.url;
  page.textContent = result.title;
  item.append(page);
  if (result.section) {
    const section = document.createElement('a');
    section.className = 'result-section';
    section.href = result.section.url;
    section.textContent = result.section.title;
    item.append(section);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'result-excerpt';
  if (result.cutBefore) excerpt.append('…');
  for (const part of result.excerpt) {
    if (!part.isMatch) excerpt.append(part.text);
    else {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    }
  }
  if (result.cutAfter) excerpt.append('…');
  item.append(excerpt);
  return item;
}

/** Return the search box over the dialog's elements, Pagefind loaded. */
export async function createSearchBox({ base, status, results }: SearchBoxElements): Promise<SearchBox> {
  let firstLink: string | null = null;
  let siteSearch: SiteSearch;
  try {
    const [pagefind, pageCount] = await Promise.all([loadPagefind(base), countIndexedPages(base)]);
    siteSearch = createSiteSearch(pagefind, pageCount);
  } catch (error) {
    status.textContent = '搜索暂时无法使用：搜索索引没有加载成功。请检查网络后重新打开本页。';
    throw error;
  }
  // Load the pages' texts while the user types. Only a head start: a page that fails to load here
  // fails again, and is reported, when a query needs it.
  siteSearch.prepare().catch(() => undefined);

  const show = (query: string, outcome: SearchOutcome | null) => {
    firstLink = outcome?.results[0] ? (outcome.results[0].section?.url ?? outcome.results[0].url) : null;
    results.replaceChildren(...(outcome?.results.map(renderResult) ?? []));
    status.textContent = outcome ? describeOutcome(outcome) : '';
    results.dataset.query = query;
    results.removeAttribute('aria-busy');
  };

  // One search at a time: keys typed while one runs are not queued behind each other
  // in Pagefind's worker; the running search stops at its next step (its words' searches,
  // shared with the next query, still finish) and the latest query is searched.
  let wanted = '';
  let running: { query: string; stop: AbortController } | null = null;
  const searchLatest = async () => {
    if (running) return;
    try {
      while (wanted !== results.dataset.query) {
        running = { query: wanted, stop: new AbortController() };
        const { query, stop } = running;
        results.setAttribute('aria-busy', 'true');
        let outcome: SearchOutcome | null;
        try {
          outcome = query.trim() === '' ? null : await siteSearch.search(query, stop.signal);
        } catch (error) {
          if (stop.signal.aborted) continue;
          throw error;
        }
        if (query === wanted) show(query, outcome);
      }
    } catch (error) {
      status.textContent = '搜索出错了，请重新输入试试。';
      throw error;
    } finally {
      running = null;
      // Typed back to the query shown: its results stand.
      if (wanted === results.dataset.query) results.removeAttribute('aria-busy');
    }
  };

  return {
    search(query) {
      wanted = query;
      if (running && running.query !== query) running.stop.abort();
      return searchLatest();
    },
    openFirstResult() {
      if (firstLink) window.location.assign(firstLink);
    },
  };
}
