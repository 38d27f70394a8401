import { describe, expect, test } from 'vitest';
import { searchSynonyms } from '../../../../src/domain/glossary/synonyms';
import { questionPhrases } from '../../../../src/search/question-words';

describe('searchSynonyms', () => {
  test('puts each word in one group only', () => {
    const words = searchSynonyms.flat();
    const repeated = words.filter((word, index) => words.indexOf(word) !== index);
    expect(repeated).toEqual([]);
  });

  test('gives every group two or more words', () => {
    expect(searchSynonyms.filter((group) => group.length < 2)).toEqual([]);
  });

  test('starts every group with a word that asks nothing, the guides\' word', () => {
    expect(searchSynonyms.filter(([first]) => questionPhrases.some((phrase) => first.includes(phrase)))).toEqual([]);
  });

  test.each([
    ['考点', '考核站点'],
    ['学生', '考生'],
    ['报名', '报考'],
    ['身份证号', '证件号码'],
    ['监考老师', '监考员'],
    ['考试费', '考核费用'],
    ['坐多少人', '考位数'],
    ['退回', '审核退回'],
  ])('puts %s and %s, named in the issue, in one group', (everyday, manual) => {
    expect(searchSynonyms.find((group) => group.includes(everyday))).toContain(manual);
  });
});
