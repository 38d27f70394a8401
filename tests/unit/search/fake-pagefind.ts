/**
 * A Pagefind stand-in for unit tests: pages with their words, and a search that
 * splits the query with the word segmenter and scores a page by how often it has
 * each word as the start of one of its words (every word required), as Pagefind
 * does. A query in double quotes is searched the same; null returns every page.
 */
import { segmentWords } from '../../../src/search/query-plan';
import type { PagefindPage } from '../../../src/search/site-search';
import type { PagefindResult } from '../../../src/search/rank';

/** A fake page: URL, title, words (the index's words), anchors. */
export interface FakePage {
  url: string;
  title: string;
  words: string[];
  anchors?: PagefindPage['anchors'];
}

/** Return a Pagefind-like API over `pages`, and the list of terms it was asked. */
export function createFakePagefind(pages: readonly FakePage[]) {
  const asked: Array<string | null> = [];
  const toData = (page: FakePage): PagefindPage => ({
    url: page.url,
    meta: { title: page.title },
    anchors: page.anchors ?? [{ element: 'h1', id: '_top', text: page.title, location: 0 }],
    raw_content: page.words.join('\u200b'),
    content: page.words.join(' '),
    word_count: page.words.length,
  });
  return {
    asked,
    async search(term: string | null): Promise<{ results: PagefindResult<PagefindPage>[] }> {
      asked.push(term);
      const results = pages.flatMap((page, index) => {
        if (term === null) return [{ id: `p${index}`, score: 1, words: [], data: async () => toData(page) }];
        const queryWords = segmentWords(term.replace(/"/g, '').toLowerCase());
        const positions = queryWords.map((word) => page.words.flatMap((pageWord, position) => (pageWord.startsWith(word) ? [position] : [])));
        if (positions.some((found) => found.length === 0)) return [];
        // A word found only as the start of longer words scores almost nothing, as with termSimilarity 9.
        const exact = queryWords.every((word) => page.words.includes(word));
        const score = (exact ? 1 : 0.001) * positions.flat().length / page.words.length;
        return [{ id: `p${index}`, score, words: positions.flat(), data: async () => toData(page) }];
      });
      return { results: results.sort((a, b) => b.score - a.score) };
    },
  };
}
