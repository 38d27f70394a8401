import { describe, expect, test } from 'vitest';
import { buildExcerpt, findBestPassage, findOccurrences, findSections, titleLikeness } from '../../../src/search/passages';

const words = ['考场设置', '. ', '考场', '和', '考位', '数', '怎么', '定', '. ', '原则', '上', '每', '考场 ', '40 ', '人', '。'];

describe('findSections', () => {
  test('returns one section per anchor, headings by their text, other entries by their first sentence', () => {
    const anchors = [
      { element: 'h1', id: '_top', text: '考场设置', location: 0 },
      { element: 'li', id: 'seats', text: '', location: 2 },
      { element: 'h2', id: 'empty', text: ' ', location: 5 },
    ];
    expect(findSections(anchors, words)).toEqual([
      { id: '_top', title: '考场设置', start: 0, end: 2 },
      { id: 'seats', title: '考场和考位数怎么定', start: 2, end: words.length },
    ]);
  });

  test('starts with the top of the page when the first anchor comes later', () => {
    expect(findSections([{ element: 'h2', id: 'x', text: 'X', location: 3 }], words)[0]).toEqual({ id: '', title: '', start: 0, end: 3 });
  });
});

describe('findOccurrences', () => {
  test('returns every word a phrase covers, across the index\'s word boundaries', () => {
    expect(findOccurrences(words, ['考位数'])).toEqual([4, 5]);
  });

  test('ignores case and returns each position once', () => {
    expect(findOccurrences(['UPS', ' 电源'], ['ups', 'UPS'])).toEqual([0]);
  });
});

describe('titleLikeness', () => {
  test.each([
    { title: '在哪个平台办理', query: '考务工作在哪个平台上办', expected: 0.5 },
    { title: '照片要求', query: '照片要求', expected: 1 },
    { title: '常见错误', query: '照片要求', expected: 0 },
  ])('returns $expected for $title and $query', ({ title, query, expected }) => {
    expect(titleLikeness(title, query)).toBeCloseTo(expected);
  });
});

describe('findBestPassage', () => {
  const sections = [
    { id: '_top', title: '概览', start: 0, end: 9 },
    { id: 'rule', title: '原则', start: 9, end: words.length },
  ];
  const slots = [{ weight: 1, positions: [2, 12] }];

  test('returns the first passage with the most slot weight', () => {
    expect(findBestPassage(words, sections, slots, { text: '考场', asksForNumber: false }, 3)).toMatchObject({ section: sections[0], start: 1 });
  });

  test('prefers a passage with an amount when the question asks for a number', () => {
    expect(findBestPassage(words, sections, slots, { text: '考场', asksForNumber: true }, 3).section.id).toBe('rule');
  });

  test('prefers a section titled like the question', () => {
    const titled = [sections[0]!, { ...sections[1]!, title: '每个考场几个人' }];
    expect(findBestPassage(words, titled, slots, { text: '每个考场几个人', asksForNumber: false }, 3).section.id).toBe('rule');
  });

  test('does not count a code or a phone number as an amount', () => {
    const withCode = words.map((word) => (word === '40 ' ? '1530003007010027 ' : word));
    expect(findBestPassage(withCode, sections, slots, { text: '考场', asksForNumber: true }, 3).section.id).toBe('_top');
  });
});

describe('buildExcerpt', () => {
  test('returns the words with matched runs marked', () => {
    expect(buildExcerpt(words, 9, 15, [{ weight: 1, positions: [12, 13] }])).toEqual([
      { text: '原则上每', isMatch: false },
      { text: '考场 40 ', isMatch: true },
      { text: '人', isMatch: false },
    ]);
  });
});
