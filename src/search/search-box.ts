/**
 * The search dialog's results: loads Pagefind from the site's base, runs each query
 * through site-search.ts and shows what it found. Only the latest query's results are
 * shown, so typing fast never shows an older answer. Loaded by search-element.ts the
 * first time the dialog opens.
 */
import { pagefindRanking } from './ranking.mjs';
import { createSiteSearch, type PagefindPage, type SearchOutcome, type SearchResult } from './site-search';
import type { PagefindApi } from './pagefind-words';

/** What the dialog asks of the search box. */
export interface SearchBox {
  /** Search for `query` and show the results (or clear them when it is empty). */
  search: (query: string) => Promise<void>;
  /** Go to the first result shown (Enter in the search field). */
  openFirstResult: () => void;
}

/** The dialog's elements the box writes into. */
export interface SearchBoxElements {
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

/** Return the site's base with one trailing slash: `/`, or `/kaowu/` under a sub-path. */
function siteBase(): string {
  return import.meta.env.BASE_URL.replace(/\/?$/, '/');
}

/** Load Pagefind's bundle from the site's own `pagefind/` folder, ranked the site's way. */
async function loadPagefind(): Promise<PagefindModule> {
  const bundle = `${siteBase()}pagefind/pagefind.js`;
  const pagefind = (await import(/* @vite-ignore */ bundle)) as PagefindModule;
  await pagefind.options({ ranking: pagefindRanking, baseUrl: siteBase() });
  await pagefind.init();
  return pagefind;
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
export async function createSearchBox({ status, results }: SearchBoxElements): Promise<SearchBox> {
  let latest = 0;
  let firstLink: string | null = null;
  let siteSearch: ReturnType<typeof createSiteSearch>;
  try {
    siteSearch = createSiteSearch(await loadPagefind());
  } catch (error) {
    status.textContent = '搜索暂时无法使用：搜索索引没有加载成功。请检查网络后重新打开本页。';
    throw error;
  }

  const show = (query: string, outcome: SearchOutcome | null) => {
    firstLink = outcome?.results[0] ? (outcome.results[0].section?.url ?? outcome.results[0].url) : null;
    results.replaceChildren(...(outcome?.results.map(renderResult) ?? []));
    status.textContent = outcome ? describeOutcome(outcome) : '';
    results.dataset.query = query;
    results.removeAttribute('aria-busy');
  };

  return {
    async search(query) {
      const asked = ++latest;
      if (query.trim() === '') return show(query, null);
      results.setAttribute('aria-busy', 'true');
      const outcome = await siteSearch(query);
      if (asked === latest) show(query, outcome);
    },
    openFirstResult() {
      if (firstLink) window.location.assign(firstLink);
    },
  };
}
