import { describe, expect, test } from 'vitest';
import type { SynonymGroup } from '../../../src/domain/glossary/synonyms';
import { dropQuestionWords, findSynonyms, normalizeQuery, planQuery, splitWords } from '../../../src/search/query-plan';

// A segmenter with a fixed dictionary (longest word first, else one character), so tests do not
// depend on the dictionary of the ICU version Node ships.
const dictionary = ['复查', '几天', '申请', '学生', '找不到', '自己', '考场', '最多', '多少', '考点', '申报', '一个', '照片', '文件', '命名'];
const segment = (text: string) => {
  const words: string[] = [];
  for (let position = 0; position < text.length; ) {
    const word = dictionary.filter((entry) => text.startsWith(entry, position)).sort((a, b) => b.length - a.length)[0] ?? text[position]!;
    if (word.trim()) words.push(word);
    position += word.length;
  }
  return words;
};
const groups: SynonymGroup[] = [
  ['考核站点', '考点'],
  ['考位数', '坐多少人'],
  ['考生', '学生'],
  ['查询考场', '找不到考场'],
];

describe('normalizeQuery', () => {
  test.each([
    { raw: '  考场？', expected: '考场' },
    { raw: 'ＵＰＳ电源', expected: 'ups电源' },
    { raw: '身份证号最后一位是Ｘ，怎么办！', expected: '身份证号最后一位是x 怎么办' },
    { raw: '1+X 证书', expected: '1+x 证书' },
  ])('returns $expected for $raw', ({ raw, expected }) => {
    expect(normalizeQuery(raw)).toBe(expected);
  });
});

describe('findSynonyms', () => {
  test('returns the longest word at each position, left to right', () => {
    const found = findSynonyms('考点学生考位数', groups).map(({ start, end, group }) => ({ start, end, first: group[0] }));
    expect(found).toEqual([
      { start: 0, end: 2, first: '考核站点' },
      { start: 2, end: 4, first: '考生' },
      { start: 4, end: 7, first: '考位数' },
    ]);
  });

  test('returns nothing for text without synonyms', () => {
    expect(findSynonyms('服务器配置', groups)).toEqual([]);
  });
});

describe('dropQuestionWords', () => {
  test.each([
    { text: '复查要在几天内申请', expected: ['复查', '内申请'] },
    { text: '学生找不到自己的考场', expected: ['学生找不到考场'] },
    { text: '考场最多坐多少人', expected: ['考场最多坐', '人'] },
    { text: '怎么办', expected: [] },
  ])('returns $expected for $text', ({ text, expected }) => {
    expect(dropQuestionWords(text, segment)).toEqual(expected);
  });
});

describe('splitWords', () => {
  test('keeps words of two or more characters, and joins runs of single characters', () => {
    expect(splitWords('x', (text) => (text === 'x' ? ['考场', '实', '操', '成绩', '填'] : []))).toEqual(['考场', '实操', '成绩', '填']);
  });
});

describe('planQuery', () => {
  test('expands a synonym both ways: the typed word, then the rest of its group', () => {
    expect(planQuery('考点', groups, segment).slots).toEqual([{ typed: '考点', synonyms: ['考核站点'] }]);
    expect(planQuery('考核站点', groups, segment).slots).toEqual([{ typed: '考核站点', synonyms: ['考点'] }]);
  });

  test('matches a synonym with a question in it before dropping question words, searching its group only', () => {
    const plan = planQuery('一个考场最多坐多少人', groups, segment);
    expect(plan.slots).toContainEqual({ typed: null, synonyms: ['考位数'] });
    expect(plan.asksForNumber).toBe(true);
  });

  test('matches a synonym across filler words', () => {
    expect(planQuery('学生找不到自己的考场怎么办', groups, segment).slots).toEqual([
      { typed: '学生', synonyms: ['考生'] },
      { typed: '找不到考场', synonyms: ['查询考场'] },
    ]);
  });

  test('makes a phrase of words typed together', () => {
    expect(planQuery('考点申报', groups, segment).phrases).toEqual([{ text: '考点申报', slots: [0, 1] }]);
  });

  test('keeps one slot for a thing named twice', () => {
    expect(planQuery('学生考生', groups, segment).slots).toEqual([{ typed: '学生', synonyms: ['考生'] }]);
  });

  test('searches a query of question words only as typed', () => {
    expect(planQuery('多少', groups, segment).slots).toEqual([{ typed: '多少', synonyms: [] }]);
  });

  test('says a question asks for a number only when it does', () => {
    expect(planQuery('照片文件多大', groups, segment).asksForNumber).toBe(true);
    expect(planQuery('照片怎么命名', groups, segment).asksForNumber).toBe(false);
  });

  test('plans the issue\'s questions with the real synonym list and word segmenter', () => {
    const slotWords = (query: string) => planQuery(query).slots.map((slot) => [slot.typed, ...slot.synonyms]);
    expect(slotWords('考点申报被退回了怎么办').flat()).toEqual(expect.arrayContaining(['考点', '考核站点', '审核退回']));
    expect(slotWords('一个考场最多坐多少人').flat()).toContain('考位数');
    expect(slotWords('身份证号最后一位是x怎么办').flat()).toEqual(expect.arrayContaining(['身份证号', '证件号码', 'x']));
    expect(slotWords('复查要在几天内申请').flat()).toEqual(expect.arrayContaining(['复查', '复核']));
  });
});
