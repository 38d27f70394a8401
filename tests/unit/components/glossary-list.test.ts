import { describe, expect, test } from 'vitest';
import { glossary } from '../../../src/domain/glossary/facts';
import { faq } from '../../../src/domain/glossary/faq';
import { scoring } from '../../../src/domain/certificate/facts';
import { groupByInitial, resolveFaq, resolveGlossary, type ResolvedEntry } from '../../../src/components/glossary-list';

const entry = (key: string, term: string): ResolvedEntry => ({ key, term, synonyms: [], definition: 'd', guide: '/a/b/', source: 's' });

describe('groupByInitial', () => {
  test('groups by the pinyin initial read as a word and sorts each group by pinyin', () => {
    const groups = groupByInitial([entry('b', '重要时间节点'), entry('a', '主考'), entry('c', '考场'), entry('d', '1+X 证书')]);
    expect(groups.map((g) => [g.letter, g.entries.map((e) => e.key)])).toEqual([
      ['#', ['d']],
      ['K', ['c']],
      ['Z', ['b', 'a']],
    ]);
  });

  test('keeps every glossary entry', () => {
    const groups = groupByInitial(resolveGlossary());
    expect(groups.flatMap((g) => g.entries)).toHaveLength(glossary.length);
  });
});

describe('resolveGlossary', () => {
  test('fills the placeholders of every term and definition', () => {
    const resolved = resolveGlossary();
    expect(resolved.filter((e) => /\{/.test(e.term + e.definition))).toEqual([]);
    expect(resolved.find((e) => e.key === 'pass')!.definition).toContain(`${scoring.passMark} 分`);
  });
});

describe('resolveFaq', () => {
  test('fills the placeholders of every question and answer', () => {
    const resolved = resolveFaq();
    expect(resolved).toHaveLength(faq.length);
    expect(resolved.filter((e) => /\{/.test(e.question + e.answer))).toEqual([]);
  });
});
