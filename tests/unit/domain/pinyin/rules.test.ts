import { beforeAll, describe, expect, test } from 'vitest';
import { loadPinyinEngine } from '../../../../src/domain/pinyin/load';
import { isPinyinWellFormed, isSamePinyin, normalizeMiddleDots, normalizePinyinCase, splitChineseName, toNamePinyin } from '../../../../src/domain/pinyin/rules';
import type { PinyinEngine } from '../../../../src/domain/pinyin/schema';
import { pinyinExamples } from '../../../../src/domain/candidates/facts';

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

  test('flags a surname with more than one family reading', () => {
    expect(toNamePinyin('乐嘉', engine, 'lyu').ambiguousSurname).toBe('乐');
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
