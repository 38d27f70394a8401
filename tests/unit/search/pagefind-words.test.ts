import { describe, expect, test } from 'vitest';
import { createWordSearches, singleCharacterRuns, wordsOf } from '../../../src/search/pagefind-words';
import { createFakePagefind } from './fake-pagefind';

const pages = [
  { url: '/rooms/', title: '考场设置', words: ['考场', '考', '位', '数', '原则', '40 ', '人'] },
  { url: '/photos/', title: '考生照片', words: ['照片', '考生', '最', '可靠', '考试'] },
];

describe('singleCharacterRuns', () => {
  test.each([
    { segmented: ['无法', '上', '传'], expected: ['上传'] },
    { segmented: ['考', '位', '数'], expected: ['考位数'] },
    { segmented: ['考场', '填'], expected: [] },
    { segmented: ['考场'], expected: [] },
  ])('returns $expected when the segmenter gives $segmented', ({ segmented, expected }) => {
    expect(singleCharacterRuns(segmented.join(''), () => segmented)).toEqual(expected);
  });
});

describe('wordsOf', () => {
  test('splits raw content at zero-width spaces, else content at spaces', () => {
    expect(wordsOf({ raw_content: '考场\u200b设置', content: '考场 设置' })).toEqual(['考场', '设置']);
    expect(wordsOf({ content: 'a b' })).toEqual(['a', 'b']);
  });

  test('returns the same words for the same page, so its text is made once', () => {
    const page = { raw_content: '考场\u200b设置', content: '考场 设置' };
    expect(wordsOf(page)).toBe(wordsOf(page));
  });
});

describe('createWordSearches', () => {
  test('keeps only pages whose text has an exact word', async () => {
    const searches = createWordSearches(createFakePagefind(pages));
    expect((await searches.exact('考位数')).length).toBe(1);
    expect(await searches.exact('座位数')).toEqual([]);
  });

  test('drops pages that have a typed word only as the start of longer words', async () => {
    const searches = createWordSearches(createFakePagefind(pages));
    expect(await searches.typed('考生')).toHaveLength(1);
    expect(await searches.typed('最多')).toEqual([]);
  });

  test('keeps them when asked to, as the last resort', async () => {
    const searches = createWordSearches(createFakePagefind([{ url: '/a/', title: 'A', words: ['最可靠'] }]), { keepPrefixOnly: true });
    expect(await searches.typed('最')).toHaveLength(1);
  });

  test('asks Pagefind each term once', async () => {
    const pagefind = createFakePagefind(pages);
    const searches = createWordSearches(pagefind);
    await searches.typed('考场');
    await searches.typed('考场');
    await searches.exact('考场');
    expect(pagefind.asked).toEqual(['考场']);
  });
});
