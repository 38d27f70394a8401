import { describe, expect, test } from 'vitest';
import { createSiteSearch } from '../../../src/search/site-search';
import { createFakePagefind, type FakePage } from './fake-pagefind';

// Pages as Pagefind indexes them: words split by its segmenter, anchors at word positions.
const rooms: FakePage = {
  url: '/registration/rooms/',
  title: '考场设置',
  words: ['考场设置', '. ', '考场', '指', '机房', '。 ', '考场', '和', '考', '位', '数', '怎么', '定', '. ', '考', '位', '数', '按', '实际', '考生', '人数', '设置', '。', '原则', '上', '每', '考场 ', '40 ', '人', '。'],
  anchors: [
    { element: 'h1', id: '_top', text: '考场设置', location: 0 },
    { element: 'h3', id: '考场和考位数怎么定', text: '考场和考位数怎么定', location: 6 },
  ],
};
const requirements: FakePage = { url: '/site/requirements/', title: '考场条件', words: ['考场', '条件', '. ', '服务器', '监考', '机', '考生', '机', '考场', '考场'] };
const faq: FakePage = { url: '/reference/faq/', title: '常见问题', words: ['常见', '问题', '. ', '停电', '怎么', '办', '？'] };

describe('createSiteSearch', () => {
  test('returns pages best first, each leading to the section that answers with the fact in its excerpt', async () => {
    const { search } = createSiteSearch(createFakePagefind([requirements, rooms, faq]));
    const outcome = await search('一个考场最多坐多少人');
    expect(outcome.results[0]!.url).toBe('/registration/rooms/');
    expect(outcome.results[0]!.section).toEqual({ url: `/registration/rooms/#${encodeURIComponent('考场和考位数怎么定')}`, title: '考场和考位数怎么定' });
    expect(outcome.results[0]!.excerpt.map((part) => part.text).join('')).toContain('40 人');
  });

  test('says the results are partial when no page has every word', async () => {
    const { search } = createSiteSearch(createFakePagefind([requirements, rooms, faq]));
    expect((await search('考场最多')).isPartial).toBe(true);
    expect((await search('考场')).isPartial).toBe(false);
  });

  test('counts the pages itself when not told how many there are, and once', async () => {
    const pagefind = createFakePagefind([requirements, rooms, faq]);
    const { search } = createSiteSearch(pagefind);
    await search('考场');
    await search('考场条件');
    expect(pagefind.asked.filter((term) => term === null)).toHaveLength(1);
  });

  test('loads every page ahead of the first query when prepared', async () => {
    const pagefind = createFakePagefind([requirements, rooms, faq]);
    await createSiteSearch(pagefind, 3).prepare();
    expect(pagefind.asked).toEqual([null]);
  });

  test('stops with an AbortError once the user has typed on', async () => {
    const pagefind = createFakePagefind([requirements, rooms, faq]);
    const stop = new AbortController();
    const searching = createSiteSearch(pagefind, 3).search('考场', stop.signal);
    stop.abort();
    await expect(searching).rejects.toMatchObject({ name: 'AbortError' });
  });

  test('returns nothing for letters no page has', async () => {
    const { search } = createSiteSearch(createFakePagefind([requirements, rooms, faq]));
    expect((await search('zzzqqq')).results).toEqual([]);
  });

  test('falls back to words found only as the start of longer words for a Chinese question', async () => {
    const { search } = createSiteSearch(createFakePagefind([{ url: '/a/', title: '甲', words: ['最可靠'] }]));
    expect((await search('最')).results.map((result) => result.url)).toEqual(['/a/']);
  });
});
