import { beforeAll, describe, expect, test } from 'vitest';
import { loadPinyinEngine } from '../../../../src/domain/pinyin/load';
import { isPinyinWellFormed, isSamePinyin, normalizeMiddleDots, normalizePinyinCase, splitChineseName, toNamePinyin } from '../../../../src/domain/pinyin/rules';
import type { PinyinEngine } from '../../../../src/domain/pinyin/schema';
import { pinyinExamples } from '../../../../src/domain/candidates/facts';
import { surnameReadings } from '../../../../src/domain/pinyin/facts';

let engine: PinyinEngine;
beforeAll(async () => {
  engine = await loadPinyinEngine();
});

describe('toNamePinyin', () => {
  test.each([
    { name: '张三丰', pinyin: 'Zhang Sanfeng' },
    { name: '欧阳娜娜', pinyin: 'Ouyang Nana' },
    { name: '单雄信', pinyin: 'Shan Xiongxin' },
    { name: '曾乐乐', pinyin: 'Zeng Lele' },
    { name: '张单', pinyin: 'Zhang Dan' },
    { name: '燕小六', pinyin: 'Yan Xiaoliu' },
    { name: '解晓东', pinyin: 'Xie Xiaodong' },
    { name: '区志强', pinyin: 'Ou Zhiqiang' },
    { name: '仇明', pinyin: 'Qiu Ming' },
    { name: '朴树', pinyin: 'Piao Shu' },
    { name: '查良镛', pinyin: 'Zha Liangyong' },
    { name: '覃亮', pinyin: 'Qin Liang' },
    { name: '盖聂', pinyin: 'Ge Nie' },
    { name: '尉迟恭', pinyin: 'Yuchi Gong' },
    { name: '万俟卨', pinyin: 'Moqi Xie' },
    { name: '长孙无忌', pinyin: 'Zhangsun Wuji' },
    { name: '单于飞', pinyin: 'Chanyu Fei' },
    { name: '库尔班·热合曼', pinyin: 'Kuerban Reheman' },
    { name: '库尔班•热合曼', pinyin: 'Kuerban Reheman' },
  ])('returns $pinyin for $name', ({ name, pinyin }) => {
    expect(toNamePinyin(name, engine, 'lyu').pinyin).toBe(pinyin);
  });

  test.each([
    { style: 'lyu', pinyin: 'Lyu Bu' },
    { style: 'lü', pinyin: 'Lü Bu' },
    { style: 'lv', pinyin: 'Lv Bu' },
  ] as const)('writes 吕布 as $pinyin with the $style convention and flags it', ({ style, pinyin }) => {
    expect(toNamePinyin('吕布', engine, style)).toMatchObject({ pinyin, hasUmlaut: true });
  });

  test('returns the manual’s first example and flags its · example for a check (its customary spelling differs)', () => {
    expect(toNamePinyin(pinyinExamples[0].name, engine, 'lyu').pinyin).toBe(pinyinExamples[0].pinyin);
    const minority = toNamePinyin(pinyinExamples[1].name, engine, 'lyu');
    expect(minority.isMinorityName).toBe(true);
    expect(minority.pinyin).not.toBe(pinyinExamples[1].pinyin);
  });

  test('flags a · name as a minority name', () => {
    expect(toNamePinyin('库尔班·热合曼', engine, 'lyu').isMinorityName).toBe(true);
  });

  test('flags characters the dictionary does not know', () => {
    expect(toNamePinyin('李𪚥', engine, 'lyu').rareCharacters).toEqual(['𪚥']);
  });

  test('flags a surname with more than one family reading and says the other one', () => {
    expect(toNamePinyin('乐嘉', engine, 'lyu').ambiguousSurname).toEqual({ surname: '乐', otherReading: '也有家庭读作 Le' });
  });
});

// Every surname on the one list, what it gives and why. A surname is flagged for a
// check only where real families write it two ways (both readings are surname entries
// of 现代汉语词典, or the characters may be a compound surname or a surname plus a given name).
const surnameCases = [
  { surname: '单', name: '单雄信', pinyin: 'Shan Xiongxin', isFlagged: false, why: 'surname reading Shan; everyday dan' },
  { surname: '曾', name: '曾国藩', pinyin: 'Zeng Guofan', isFlagged: false, why: 'surname reading Zeng; everyday ceng' },
  { surname: '解', name: '解晓东', pinyin: 'Xie Xiaodong', isFlagged: false, why: 'surname reading Xie; everyday jie' },
  { surname: '仇', name: '仇明', pinyin: 'Qiu Ming', isFlagged: false, why: 'surname reading Qiu; everyday chou' },
  { surname: '朴', name: '朴树', pinyin: 'Piao Shu', isFlagged: false, why: 'surname reading Piao; everyday pu' },
  { surname: '查', name: '查良镛', pinyin: 'Zha Liangyong', isFlagged: false, why: 'surname reading Zha; everyday cha' },
  { surname: '柏', name: '柏杨', pinyin: 'Bai Yang', isFlagged: false, why: 'surname reading Bai; also bo (柏林)' },
  { surname: '翟', name: '翟志刚', pinyin: 'Zhai Zhigang', isFlagged: false, why: 'surname reading Zhai; also di' },
  { surname: '尉', name: '尉缭', pinyin: 'Wei Liao', isFlagged: false, why: 'alone the surname is Wei; Yu only inside 尉迟' },
  { surname: '繁', name: '繁钦', pinyin: 'Po Qin', isFlagged: false, why: 'surname reading Po; everyday fan' },
  { surname: '员', name: '员半千', pinyin: 'Yun Banqian', isFlagged: false, why: 'surname reading Yun; everyday yuan' },
  { surname: '区', name: '区志强', pinyin: 'Ou Zhiqiang', isFlagged: false, why: 'surname reading Ou (DOMAIN.md); everyday qu' },
  { surname: '缪', name: '缪可', pinyin: 'Miao Ke', isFlagged: false, why: 'surname reading Miao; everyday mou or miu' },
  { surname: '乐', name: '乐嘉', pinyin: 'Yue Jia', isFlagged: true, why: 'families read it Yue or Le' },
  { surname: '盖', name: '盖聂', pinyin: 'Ge Nie', isFlagged: true, why: 'families read it Ge or Gai' },
  { surname: '覃', name: '覃亮', pinyin: 'Qin Liang', isFlagged: true, why: 'families read it Qin or Tan' },
  { surname: '种', name: '种师道', pinyin: 'Chong Shidao', isFlagged: true, why: 'families read it Chong or Zhong' },
  { surname: '尉迟', name: '尉迟恭', pinyin: 'Yuchi Gong', isFlagged: false, why: 'compound surname Yuchi' },
  { surname: '万俟', name: '万俟卨', pinyin: 'Moqi Xie', isFlagged: false, why: 'compound surname Moqi' },
  { surname: '长孙', name: '长孙无忌', pinyin: 'Zhangsun Wuji', isFlagged: false, why: 'compound surname Zhangsun' },
  { surname: '澹台', name: '澹台灭明', pinyin: 'Tantai Mieming', isFlagged: false, why: 'compound surname Tantai' },
  { surname: '单于', name: '单于飞', pinyin: 'Chanyu Fei', isFlagged: true, why: 'compound Chanyu, or surname 单 Shan with a given name starting 于' },
];

describe('surnameReadings', () => {
  test('lists exactly the surnames this test names', () => {
    expect(Object.keys(surnameReadings).sort()).toEqual(surnameCases.map((entry) => entry.surname).sort());
  });

  test.each(surnameCases)('writes $name as $pinyin and flags it only if $isFlagged ($why)', ({ name, pinyin, isFlagged }) => {
    const result = toNamePinyin(name, engine, 'lyu');
    expect(result.pinyin).toBe(pinyin);
    expect(result.ambiguousSurname !== null).toBe(isFlagged);
  });

  test.each([
    { name: '张单', pinyin: 'Zhang Dan' },
    { name: '曾乐乐', pinyin: 'Zeng Lele' },
    { name: '王查', pinyin: 'Wang Cha' },
  ])('keeps the everyday reading of $name in the given name', ({ name, pinyin }) => {
    expect(toNamePinyin(name, engine, 'lyu')).toMatchObject({ pinyin, ambiguousSurname: null });
  });
});

describe('splitChineseName', () => {
  test.each([
    { name: '欧阳娜娜', surname: '欧阳', given: '娜娜' },
    { name: '张三', surname: '张', given: '三' },
    { name: '欧阳', surname: '欧', given: '阳' },
  ])('splits $name into $surname and $given', ({ name, surname, given }) => {
    expect(splitChineseName(name)).toEqual({ surname, given });
  });
});

describe('normalizeMiddleDots', () => {
  test.each(['库尔班•热合曼', '库尔班・热合曼', '库尔班．热合曼', '库尔班.热合曼'])('returns · for %s', (name) => {
    expect(normalizeMiddleDots(name)).toBe('库尔班·热合曼');
  });
});

describe('isPinyinWellFormed', () => {
  test.each([
    { pinyin: 'Zhang Sanfeng', expected: true },
    { pinyin: 'Kuerban Rehemani', expected: true },
    { pinyin: 'zhang sanfeng', expected: false },
    { pinyin: 'ZhangSanfeng', expected: false },
    { pinyin: 'Zhang  Sanfeng', expected: false },
    { pinyin: 'Zhang San Feng', expected: true },
  ])('returns $expected for "$pinyin"', ({ pinyin, expected }) => {
    expect(isPinyinWellFormed(pinyin)).toBe(expected);
  });
});

describe('normalizePinyinCase', () => {
  test.each([
    { input: 'zhang sanfeng', expected: 'Zhang Sanfeng' },
    { input: ' ZHANG   SANFENG ', expected: 'Zhang Sanfeng' },
  ])('returns $expected for "$input"', ({ input, expected }) => {
    expect(normalizePinyinCase(input)).toBe(expected);
  });
});

describe('isSamePinyin', () => {
  test.each([
    { a: 'Lyu Bu', b: 'Lv Bu', expected: true },
    { a: "Wang Xi'an", b: 'Wang Xian', expected: true },
    { a: 'Zhang San', b: 'Zhang Shan', expected: false },
  ])('returns $expected for $a and $b', ({ a, b, expected }) => {
    expect(isSamePinyin(a, b)).toBe(expected);
  });
});
