/**
 * Ranks pages for a query plan from Pagefind's own searches, one per word. Pagefind
 * alone requires every word of a query on one page and returns nothing for most
 * questions; here a page scores for each slot it matches, weighted by how rare the
 * slot is across the site (a word on every page says little), plus a bonus for each
 * typed phrase it has whole. So the best partial matches come first when no page
 * has everything, and a page with the words side by side beats one with them apart.
 */
import type { QueryPlan, QuerySlot } from './query-plan';

/** One result of `pagefind.search`: its page id, Pagefind's score, matched word positions, its data. */
export interface PagefindResult<Data = unknown> {
  id: string;
  score: number;
  /** Positions of the matched words in the page's content. */
  words: readonly number[];
  data: () => Promise<Data>;
}

/** Runs one search and returns its results, best first. */
export type SearchWord<Data> = (word: string) => Promise<readonly PagefindResult<Data>[]>;

/** The two ways a word is looked up. */
export interface WordSearches<Data> {
  /** What the user typed, as Pagefind searches it (words may match the start of longer words). */
  typed: SearchWord<Data>;
  /** A synonym or phrase: only pages that have it exactly. */
  exact: SearchWord<Data>;
}

/** How one page matches one slot. */
export interface SlotMatch {
  /** Pagefind's score relative to the slot's best page, 0–1. */
  score: number;
  /** Positions on the page of the slot's best-matching word, as Pagefind found them. */
  positions: readonly number[];
}

/** A page ranked for the whole query. */
export interface RankedPage<Data = unknown> {
  id: string;
  /** Sum over matched slots of the slot's weight times its relative score, plus phrase bonuses. */
  score: number;
  /** How the page matches each slot of the plan, by slot index; missing when it does not. */
  slots: Map<number, SlotMatch>;
  /** Loads the page's data (URL, title, content, headings) from Pagefind. */
  data: () => Promise<Data>;
}

// A bare number in a question is mostly the asker's own count (「45个学生的考场」), not a word to look for.
const numberOnly = /^\d+(\.\d+)?$/;
const numberWeight = 0.1;
// A synonym's match counts this much of the typed word's: pages with the word typed come first.
const synonymFactor = 0.8;
// A whole typed phrase on a page adds this share of its slots' weight.
const phraseBonus = 1.0;
// Pagefind's own ranking of every typed word together adds this share of all slots' weight.
const allWordsBonus = 0.5;

/**
 * Return how much matching a slot counts: its rarity across the site (BM25's inverse
 * document frequency, never below 0), less for a bare number.
 */
export function slotWeight(slot: QuerySlot, matchingPages: number, pageCount: number): number {
  const rarity = Math.log(1 + (pageCount - matchingPages + 0.5) / (matchingPages + 0.5));
  return slot.typed !== null && numberOnly.test(slot.typed) ? rarity * numberWeight : rarity;
}

/** Each page's results of one slot: Pagefind's score relative to the search's best page, and where it matched. */
type SlotPages<Data> = Map<string, { result: PagefindResult<Data>; match: SlotMatch }>;

/**
 * Return each page's best match over a slot's searches. Scores are relative to each
 * search's best page, so a long synonym (more words, higher raw scores) cannot outweigh
 * what was typed; a synonym's match counts a little less than the typed word's.
 */
function mergeSearches<Data>(searches: ReadonlyArray<{ results: readonly PagefindResult<Data>[]; factor: number }>): SlotPages<Data> {
  const merged: SlotPages<Data> = new Map();
  for (const { results, factor } of searches) {
    const best = Math.max(...results.map((result) => result.score), 0);
    for (const result of results) {
      // Every score 0 (weak prefix matches only) still found the pages: count them a little.
      const score = factor * (best > 0 ? result.score / best : 0.1);
      const page = merged.get(result.id);
      // Positions of the best-scoring word: where the slot matched, for a page whose text does not have it whole.
      if (!page || score > page.match.score) merged.set(result.id, { result, match: { score, positions: result.words } });
    }
  }
  return merged;
}

/** Return the searches that look up one slot: what was typed, and each synonym exactly. */
async function searchSlot<Data>(slot: QuerySlot, searches: WordSearches<Data>): Promise<SlotPages<Data>> {
  const typed = slot.typed === null ? [] : [{ results: await searches.typed(slot.typed), factor: 1 }];
  const synonyms = await Promise.all(slot.synonyms.map(async (word) => ({ results: await searches.exact(word), factor: synonymFactor })));
  return mergeSearches([...typed, ...synonyms]);
}

/** Pages ranked for a query, and each slot's weight. */
export interface Ranking<Data> {
  pages: RankedPage<Data>[];
  /** Weight of each slot of the plan, by index. */
  weights: number[];
}

/** Return the pages matching any slot of `plan`, best first, with the slots' weights. */
export async function rankPages<Data>(plan: QueryPlan, searches: WordSearches<Data>, pageCount: number): Promise<Ranking<Data>> {
  const [slotPages, phraseResults] = await Promise.all([
    Promise.all(plan.slots.map((slot) => searchSlot(slot, searches))),
    Promise.all(plan.phrases.map((phrase) => searches.exact(phrase.text))),
  ]);
  // Pagefind's ranking of the typed words together, leaving out words no page has (they would empty it).
  const foundWords = plan.slots.flatMap((slot, index) => (slot.typed !== null && slotPages[index]!.size > 0 ? [slot.typed] : []));
  const allWordsResults = foundWords.length > 1 ? await searches.typed(foundWords.join(' ')) : [];
  const pages = new Map<string, RankedPage<Data>>();
  const weights = slotPages.map((merged, slotIndex) => {
    const weight = slotWeight(plan.slots[slotIndex]!, merged.size, pageCount);
    for (const [id, { result, match }] of merged) {
      const page = pages.get(id) ?? { id, score: 0, slots: new Map(), data: result.data };
      pages.set(id, page);
      page.score += weight * match.score;
      page.slots.set(slotIndex, match);
    }
    return weight;
  });
  const addBonus = (results: readonly PagefindResult<Data>[], weight: number) => {
    for (const [id, { match }] of mergeSearches([{ results, factor: 1 }])) {
      const page = pages.get(id);
      if (page) page.score += weight * match.score;
    }
  };
  phraseResults.forEach((results, phraseIndex) => {
    const phraseWeight = plan.phrases[phraseIndex]!.slots.reduce((sum, slotIndex) => sum + weights[slotIndex]!, 0);
    addBonus(results, phraseBonus * phraseWeight);
  });
  addBonus(allWordsResults, allWordsBonus * weights.reduce((sum, weight) => sum + weight, 0));
  return { pages: [...pages.values()].sort((a, b) => b.score - a.score), weights };
}

/** Whether no page matches every slot: the results are partial matches and the user is told so. */
export function isPartial(plan: QueryPlan, ranked: readonly RankedPage[]): boolean {
  return ranked.length > 0 && !ranked.some((page) => page.slots.size === plan.slots.length);
}
