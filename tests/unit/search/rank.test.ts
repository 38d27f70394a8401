import { describe, expect, test } from 'vitest';
import type { QueryPlan } from '../../../src/search/query-plan';
import { isPartial, rankPages, slotWeight, type PagefindResult, type WordSearches } from '../../../src/search/rank';

/** Word searches answering from a table: word → [page id, score]. */
function searchesFrom(table: Record<string, Array<[string, number]>>): WordSearches<string> {
  const look = async (word: string): Promise<PagefindResult<string>[]> =>
    (table[word] ?? []).map(([id, score]) => ({ id, score, words: [], data: async () => id }));
  return { typed: look, exact: look };
}

const plan = (slots: QueryPlan['slots'], phrases: QueryPlan['phrases'] = []): QueryPlan => ({ slots, phrases, asksForNumber: false });

describe('slotWeight', () => {
  test.each([
    { matchingPages: 1, expected: Math.log(1 + 9.5 / 1.5) },
    { matchingPages: 10, expected: Math.log(1 + 0.5 / 10.5) },
  ])('returns $expected for a word on $matchingPages of 10 pages', ({ matchingPages, expected }) => {
    expect(slotWeight({ typed: '考场', synonyms: [] }, matchingPages, 10)).toBeCloseTo(expected);
  });

  test('returns a tenth for a bare number: the asker\'s own count', () => {
    expect(slotWeight({ typed: '45', synonyms: [] }, 1, 10)).toBeCloseTo(slotWeight({ typed: '考场', synonyms: [] }, 1, 10) / 10);
  });
});

describe('rankPages', () => {
  test('ranks a page with a rare word above one with a common word', async () => {
    const searches = searchesFrom({ 考场: [['a', 1], ['b', 1], ['c', 1]], 考位数: [['c', 1]] });
    const { pages } = await rankPages(plan([{ typed: '考场', synonyms: [] }, { typed: '考位数', synonyms: [] }]), searches, 3);
    expect(pages.map((page) => page.id)).toEqual(['c', 'a', 'b']);
  });

  test('returns partial matches when no page has every slot', async () => {
    const searches = searchesFrom({ 考场: [['a', 1]], 最多: [] });
    const thePlan = plan([{ typed: '考场', synonyms: [] }, { typed: '最多', synonyms: [] }]);
    const { pages } = await rankPages(thePlan, searches, 3);
    expect(pages.map((page) => page.id)).toEqual(['a']);
    expect(isPartial(thePlan, pages)).toBe(true);
  });

  test('finds a page by a synonym, a little below one with the typed word', async () => {
    const searches = searchesFrom({ 考点: [['a', 1]], 考核站点: [['b', 1]] });
    const { pages } = await rankPages(plan([{ typed: '考点', synonyms: ['考核站点'] }]), searches, 4);
    expect(pages.map((page) => page.id)).toEqual(['a', 'b']);
    expect(pages[1]!.score).toBeCloseTo(pages[0]!.score * 0.8);
  });

  test('adds a bonus to a page with the typed phrase whole', async () => {
    const searches = searchesFrom({ 批量: [['a', 1], ['b', 1]], 导入: [['a', 1], ['b', 1]], 批量导入: [['b', 1]] });
    const thePlan = plan([{ typed: '批量', synonyms: [] }, { typed: '导入', synonyms: [] }], [{ text: '批量导入', slots: [0, 1] }]);
    const { pages } = await rankPages(thePlan, searches, 4);
    expect(pages[0]!.id).toBe('b');
  });

  test('returns no page when no slot matches', async () => {
    expect((await rankPages(plan([{ typed: '最多', synonyms: [] }]), searchesFrom({}), 3)).pages).toEqual([]);
  });
});
