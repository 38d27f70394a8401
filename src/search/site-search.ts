/**
 * The site's search: a query as typed in, the results to show out. Plans the query
 * (query-plan.ts), ranks pages from Pagefind's searches (rank.ts), then looks at the
 * best pages' sections, so a page whose matches meet in one section rises, and each
 * result leads to that section with the passage that answers (passages.ts).
 */
import { buildExcerpt, excerptWords, findBestPassage, findOccurrences, findSections, type ExcerptPart, type PageAnchor, type Passage, type SlotOnPage } from './passages';
import { createPageStore, createWordSearches, wordsOf, type PagefindApi } from './pagefind-words';
import { planQuery, type QueryPlan } from './query-plan';
import { isPartial, rankPages, type RankedPage } from './rank';

/** What Pagefind's `result.data()` gives for a page (the fields search uses). */
export interface PagefindPage {
  url: string;
  meta: { title?: string };
  anchors: PageAnchor[];
  raw_content?: string;
  content: string;
  word_count: number;
}

/** One result as the search box shows it. */
export interface SearchResult {
  /** The page's URL, with the site's base. */
  url: string;
  title: string;
  /** The section that answers, when it is not the top of the page. */
  section: { url: string; title: string } | null;
  excerpt: ExcerptPart[];
  /** Whether text comes before / after the excerpt in its section (shown as …). */
  cutBefore: boolean;
  cutAfter: boolean;
}

/** What a query found. */
export interface SearchOutcome {
  query: string;
  results: SearchResult[];
  /** No page has every part of the query: these are the best partial matches. */
  isPartial: boolean;
}

/** Results shown for a query; Pagefind's own box shows 5 before 「加载更多」. */
export const shownResults = 8;
// The best pages by word matches are looked at section by section; beyond these none rises to the top.
const pagesReranked = 12;
// The page's best passage (its words close together, with an amount when one is asked for) adds this share of its score.
const passageBonus = 0.5;

// A slot whose words are on the page only apart (考试 … 费用 for 考试费) counts this share of its match.
const apartFactor = 0.5;

/**
 * Return a page's slots as passages.ts reads them: weights, and where the slot's words
 * are in the page's text; with how much of the page's score was for words found only
 * apart (Pagefind matches each part of a word separately), to take back.
 */
function placeSlots(page: RankedPage, plan: QueryPlan, weights: readonly number[], words: readonly string[]) {
  let apart = 0;
  const slots: SlotOnPage[] = [...page.slots].map(([slotIndex, match]) => {
    const slot = plan.slots[slotIndex]!;
    const positions = findOccurrences(words, [...(slot.typed === null ? [] : [slot.typed]), ...slot.synonyms]);
    if (positions.length > 0) return { weight: weights[slotIndex]!, positions };
    apart += weights[slotIndex]! * match.score * apartFactor;
    return { weight: weights[slotIndex]! * apartFactor, positions: match.positions };
  });
  return { slots, apart };
}

/** Return the result to show for a page and its best passage. */
function describe(data: PagefindPage, words: readonly string[], { section, start }: Passage, slots: readonly SlotOnPage[]): SearchResult {
  const end = Math.min(start + excerptWords, section.end);
  const isTop = section.id === '' || section.id === '_top';
  return {
    url: data.url,
    title: data.meta.title ?? data.url,
    section: isTop ? null : { url: `${data.url}#${encodeURIComponent(section.id)}`, title: section.title },
    excerpt: buildExcerpt(words, start, end, slots),
    cutBefore: start > section.start,
    cutAfter: end < section.end,
  };
}

/** The site's search over Pagefind. */
export interface SiteSearch {
  /** Search `query`; once `signal` aborts (the user typed on), stop at the next step with its AbortError. */
  search: (query: string, signal?: AbortSignal) => Promise<SearchOutcome>;
  /** Load every page's text ahead of the first query. */
  prepare: () => Promise<void>;
}

/**
 * Return the site's search over Pagefind's API. `pageCount` is the number of pages in
 * the index (Pagefind's `pagefind-entry.json` says it); without it Pagefind counts them.
 */
export function createSiteSearch(pagefind: PagefindApi<PagefindPage>, pageCount?: number): SiteSearch {
  const pages = createPageStore<PagefindPage>();
  const searches = createWordSearches(pagefind, { pages });
  const looseSearches = createWordSearches(pagefind, { keepPrefixOnly: true, pages });
  let counted: Promise<number> | undefined;
  const countPages = () => (counted ??= pageCount !== undefined ? Promise.resolve(pageCount) : pagefind.search(null).then((response) => response?.results.length ?? 0));

  return {
    prepare: () => searches.loadTexts(),
    async search(query, signal) {
      const plan = planQuery(query);
      let { pages: ranked, weights } = await rankPages(plan, searches, await countPages());
      signal?.throwIfAborted();
      // Never nothing for a real (Chinese) question: words found only as the start of longer words are better
      // than no answer. Letters that match nothing (zzz) would only find a glossary letter heading.
      if (ranked.length === 0 && /\p{Script=Han}/u.test(query)) {
        ({ pages: ranked, weights } = await rankPages(plan, looseSearches, await countPages()));
        signal?.throwIfAborted();
      }
      const candidates = await Promise.all(
        ranked.slice(0, pagesReranked).map(async (page) => {
          const data = await pages.dataOf(page);
          const words = wordsOf(data);
          const { slots, apart } = placeSlots(page, plan, weights, words);
          const passage = findBestPassage(words, findSections(data.anchors, words), slots, { text: query, asksForNumber: plan.asksForNumber });
          return { data, words, passage, slots, score: page.score - apart + passageBonus * passage.score };
        }),
      );
      candidates.sort((a, b) => b.score - a.score);
      return {
        query,
        results: candidates.slice(0, shownResults).map(({ data, words, passage, slots }) => describe(data, words, passage, slots)),
        isPartial: isPartial(plan, ranked),
      };
    },
  };
}
