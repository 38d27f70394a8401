import { describe, expect, test } from 'vitest';
import { fillFactPlaceholders, findFaqForPage, findTermsForPage, isSiteAdvice, listPlaceholders, pageOf } from '../../../../src/domain/glossary/rules';
import type { FaqEntry } from '../../../../src/domain/glossary/schema';

describe('listPlaceholders', () => {
  test('returns every placeholder name in order, dotted names included', () => {
    expect(listPlaceholders('在{menu.rooms}设置，至少 {proctorsMinimum} 名')).toEqual(['menu.rooms', 'proctorsMinimum']);
  });
});

describe('fillFactPlaceholders', () => {
  test('replaces each placeholder with its value', () => {
    expect(fillFactPlaceholders('至少 {n} 名，在{m}', { n: '2', m: '「考场管理」' })).toBe('至少 2 名，在「考场管理」');
  });

  test('throws on a placeholder it does not know', () => {
    expect(() => fillFactPlaceholders('{nothing}', {})).toThrowErrorMatchingInlineSnapshot(
      `[Error: Unknown fact placeholder {nothing} in: {nothing}]`,
    );
  });

  test('fills menu paths quoted in 「」 from the platform facts', () => {
    expect(fillFactPlaceholders('{menu.rooms}')).toBe('「考务管理-考场管理」');
  });
});

describe('pageOf', () => {
  test.each([
    { link: '/exam-day/duties/#监考人员', expected: '/exam-day/duties/' },
    { link: '/exam-day/duties/', expected: '/exam-day/duties/' },
  ])('returns $expected for $link', ({ link, expected }) => {
    expect(pageOf(link)).toBe(expected);
  });
});

describe('findTermsForPage', () => {
  test('returns the entries whose guide is the page, with or without a heading', () => {
    const entries = [{ guide: '/a/b/' }, { guide: '/a/b/#x' }, { guide: '/a/c/' }];
    expect(findTermsForPage(entries, '/a/b/')).toEqual([{ guide: '/a/b/' }, { guide: '/a/b/#x' }]);
  });
});

describe('findFaqForPage', () => {
  const entry = (key: string, kind: FaqEntry['kind'], guide: string, alsoOn: string[] = []): FaqEntry => ({ key, kind, guide, alsoOn, question: 'q', answer: 'a', source: 's' });

  test('returns only the entries of the kind asked for', () => {
    const entries = [entry('a', 'mistake', '/x/y/'), entry('b', 'question', '/x/y/'), entry('c', 'mistake', '/x/z/#h')];
    expect(findFaqForPage(entries, '/x/y/', 'mistake').map((e) => e.key)).toEqual(['a']);
  });

  test('returns the entries that list the page among their other pages', () => {
    const entries = [entry('a', 'mistake', '/x/z/', ['/x/y/#h']), entry('b', 'mistake', '/x/z/')];
    expect(findFaqForPage(entries, '/x/y/', 'mistake').map((e) => e.key)).toEqual(['a']);
  });
});

describe('isSiteAdvice', () => {
  test.each([
    { source: '本站（表格软件的常见问题）', expected: true },
    { source: '手册 第三章 三 1 ②', expected: false },
    { source: '手册 第二章 2.4；撤销后的状态是本站的理解', expected: false },
  ])('returns $expected for "$source"', ({ source, expected }) => {
    expect(isSiteAdvice({ source })).toBe(expected);
  });
});
