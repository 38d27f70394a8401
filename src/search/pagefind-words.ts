/**
 * The two word searches ranking needs (rank.ts), made of Pagefind's ranked search
 * and the text of the pages it returns.
 *
 * Pagefind splits a Chinese query with the browser's word segmenter, which cuts most
 * of the manual's words into single characters (考点 → 考 + 点), and matches each
 * part as the start of any indexed word: 考 matches 考场, 考试, 考核 on every page. Its
 * exact-phrase search ("考点" in quotes) compares the segmenter's words with the
 * index's, which split differently (不完善 is found in neither way), so whether a page
 * really has a phrase is checked in the page's own text, as Pagefind gives it.
 *
 * A word found only as the start of longer words (最多 → 最可靠, 老 → 老师) is not on
 * the page: with the site's ranking (termSimilarity 9, ranking.mjs) Pagefind scores such
 * a page below `prefixOnlyScore`, far under any page that has the word itself.
 */
import { textOf } from './passages';
import { segmentWords, type WordSegmenter } from './query-plan';
import type { PagefindResult, WordSearches } from './rank';

/** The part of Pagefind's JavaScript API search uses. */
export interface PagefindApi<Data> {
  /** A query, or null for every page (Pagefind's filter-only search). */
  search: (term: string | null) => Promise<{ results: PagefindResult<Data>[] } | null>;
}

/** The page text search reads: Pagefind's content split into its indexed words. */
export interface PageText {
  raw_content?: string;
  content: string;
}

/** Pagefind's score below which a page matched only the start of longer words. */
export const prefixOnlyScore = 0.01;

const pageWords = new WeakMap<PageText, readonly string[]>();

/**
 * Return Pagefind's words of a page: `raw_content` is split at zero-width spaces, as
 * Pagefind's excerpts are. Split once per page, so the text made of them (passages.ts)
 * is made once too, not again for every query.
 */
export function wordsOf(page: PageText): readonly string[] {
  let words = pageWords.get(page);
  if (!words) {
    words = page.raw_content?.includes('\u200b') ? page.raw_content.split('\u200b') : page.content.split(/\s+/);
    pageWords.set(page, words);
  }
  return words;
}

/** Return the runs of two or more single characters the segmenter cuts `word` into: 无法上传 → 上传. */
export function singleCharacterRuns(word: string, segment: WordSegmenter = segmentWords): string[] {
  const runs: string[] = [];
  let run = '';
  for (const part of [...segment(word), '']) {
    if ([...part].length === 1) run += part;
    else {
      if ([...run].length > 1) runs.push(run);
      run = '';
    }
  }
  return runs;
}

/** Each page's data from Pagefind, loaded once per page load, by result id. */
export function createPageStore<Data>() {
  const loaded = new Map<string, Promise<Data>>();
  return {
    dataOf(result: Pick<PagefindResult<Data>, 'id' | 'data'>): Promise<Data> {
      if (!loaded.has(result.id)) loaded.set(result.id, result.data());
      return loaded.get(result.id)!;
    },
  };
}

/** The word searches, and the loading of every page's text ahead of the first query. */
export interface PagefindWordSearches<Data> extends WordSearches<Data> {
  /** Load every page's text now (the dialog just opened), so the first query does not wait for it. */
  loadTexts: () => Promise<void>;
}

/**
 * Return the word searches of rank.ts over `pagefind`. Each query is asked once per
 * page load, and each page's data loaded once (`pages`, shared with whoever shows the
 * results). With `keepPrefixOnly`, a typed word also matches pages that have it only
 * as the start of longer words: the last resort before showing nothing.
 */
export function createWordSearches<Data extends PageText>(
  pagefind: PagefindApi<Data>,
  { keepPrefixOnly = false, pages = createPageStore<Data>() } = {},
): PagefindWordSearches<Data> {
  const asked = new Map<string, Promise<readonly PagefindResult<Data>[]>>();
  const search = (term: string) => {
    if (!asked.has(term)) asked.set(term, pagefind.search(term).then((response) => response?.results ?? []));
    return asked.get(term)!;
  };
  const pageTextOf = async (result: PagefindResult<Data>) => textOf(wordsOf(await pages.dataOf(result))).text;
  /** Pagefind's results for `term` whose page text has every one of `phrases`. */
  const having = async (term: string, phrases: readonly string[]) => {
    const results = await search(term);
    if (phrases.length === 0) return results;
    const lowered = phrases.map((phrase) => phrase.toLowerCase());
    const kept = await Promise.all(
      results.map(async (result) => {
        const text = await pageTextOf(result);
        return lowered.every((phrase) => text.includes(phrase));
      }),
    );
    return results.filter((_, index) => kept[index]);
  };
  return {
    async loadTexts() {
      const every = (await pagefind.search(null))?.results ?? [];
      await Promise.all(every.map(pageTextOf));
    },
    typed: async (word) => (await having(word, singleCharacterRuns(word))).filter((result) => keepPrefixOnly || result.score >= prefixOnlyScore),
    exact: (word) => having(word, [word]),
  };
}
