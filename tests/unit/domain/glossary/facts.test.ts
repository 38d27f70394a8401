import { describe, expect, test } from 'vitest';
import { factValues } from '../../../../src/domain/glossary/fact-values';
import { faq } from '../../../../src/domain/glossary/faq';
import { glossary } from '../../../../src/domain/glossary/facts';
import { listPlaceholders } from '../../../../src/domain/glossary/rules';
import { FaqEntrySchema, GlossaryEntrySchema } from '../../../../src/domain/glossary/schema';
import { findBrokenLink } from '../../content/guide-links';

const entries = glossary.map((raw) => GlossaryEntrySchema.parse(raw));
const texts = [
  ...entries.flatMap((e) => [{ key: e.key, text: e.term }, { key: e.key, text: e.definition }]),
  ...faq.flatMap((e) => [{ key: e.key, text: e.question }, { key: e.key, text: e.answer }]),
];

/** Every word of the glossary (term and synonyms) with the entry it belongs to. */
const words = entries.flatMap((e) => [e.term, ...e.synonyms].map((word) => ({ word, key: e.key })));
const entryOf = (word: string) => words.find((w) => w.word === word)?.key;

describe('glossary', () => {
  test.each(glossary.map((raw) => ({ raw, key: raw.key })))('matches its schema: $key', ({ raw }) => {
    expect(GlossaryEntrySchema.safeParse(raw).error).toBeUndefined();
  });

  test('has unique keys', () => {
    const keys = entries.map((e) => e.key);
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });

  test('gives every word (term or synonym) to one entry only', () => {
    const seen = words.map((w) => w.word);
    expect(seen.filter((word, i) => seen.indexOf(word) !== i)).toEqual([]);
  });

  test.each([
    ['监考', '监考员', '监考人员', '监考老师'],
    ['考点', '考核站点'],
    ['报名', '报考'],
    ['复查', '复核'],
    ['桌贴', '桌签'],
    ['签章', '签名章'],
    ['主考', '主考官'],
    ['巡考', '巡考员'],
  ])('puts the synonyms %s, %s … in one entry', (...synonyms) => {
    expect(new Set(synonyms.map(entryOf))).toEqual(new Set([entryOf(synonyms[0]!)]));
    expect(entryOf(synonyms[0]!)).toBeDefined();
  });

  // 第五章 二, 四（二）, 附件 1, 四（二）/五 9/六 4, 第四章 开头: the manual names these as different things.
  test.each([
    ['试点院校业务管理员', '试点院校负责人账号', '考核站点负责人'],
    ['考生守则', '违纪舞弊处理规定'],
    ['成绩复查表', '成绩复查回执'],
    ['候考区', '候考室', '候考监测区'],
    ['主考', '副主考'],
    ['拟申报培训人数', '已批准培训人数'],
  ])('keeps %s, %s … in entries of their own', (...terms) => {
    const keys = terms.map(entryOf);
    expect(keys.every(Boolean), `${terms.join('、')} are all glossary words`).toBe(true);
    expect(new Set(keys).size).toBe(terms.length);
  });

  test.each(entries.map((e) => ({ key: e.key, guide: e.guide })))('links to an existing guide: $key → $guide', ({ guide }) => {
    expect(findBrokenLink(guide)).toBeUndefined();
  });
});

describe('faq', () => {
  test.each(faq.map((entry) => ({ entry, key: entry.key })))('matches its schema: $key', ({ entry }) => {
    expect(FaqEntrySchema.safeParse(entry).error).toBeUndefined();
  });

  test('has unique keys', () => {
    const keys = faq.map((e) => e.key);
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });

  test('keeps the manual’s 常见问题汇总 (第二章 3)', () => {
    expect(faq.some((e) => e.source.includes('常见问题汇总'))).toBe(true);
  });

  test.each(faq.flatMap((e) => [e.guide, ...(e.alsoOn ?? [])].map((guide) => ({ key: e.key, guide }))))('links to an existing guide: $key → $guide', ({ guide }) => {
    expect(findBrokenLink(guide)).toBeUndefined();
  });
});

describe('glossary and faq texts', () => {
  test.each(texts)('name only known facts: $key', ({ text }) => {
    expect(listPlaceholders(text).filter((name) => !(name in factValues))).toEqual([]);
  });

  // A figure typed into a definition could drift from src/domain; 1+X is a name.
  test.each(texts)('type no figures by hand: $key', ({ text }) => {
    const prose = text.replace(/\{[^}]*\}/g, '').split('1+X').join('');
    expect(prose).not.toMatch(/\d/);
  });
});
