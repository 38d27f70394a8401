import { describe, expect, test } from 'vitest';
import { getUrlForMode, nameDownload, resolveWorkMode } from '../../../../wizards/kit/work-mode';

describe('resolveWorkMode', () => {
  test.each([
    { search: '?demo=1', remembered: null, expected: 'demo' },
    { search: '?demo=1', remembered: 'own', expected: 'demo' },
    { search: '?demo=0', remembered: 'demo', expected: 'own' },
    { search: '', remembered: 'demo', expected: 'demo' },
    { search: '', remembered: 'own', expected: 'own' },
    { search: '', remembered: null, expected: 'own' },
    { search: '?demo=yes', remembered: null, expected: 'own' },
  ])('returns $expected for "$search" when the tab remembered $remembered', ({ search, remembered, expected }) => {
    expect(resolveWorkMode(search, remembered)).toBe(expected);
  });
});

describe('getUrlForMode', () => {
  test.each([
    { href: 'http://127.0.0.1/wizards/candidates/#review', mode: 'demo' as const, expected: '/wizards/candidates/?demo=1' },
    { href: 'http://127.0.0.1/wizards/candidates/?demo=1#source', mode: 'own' as const, expected: '/wizards/candidates/' },
    { href: 'http://127.0.0.1/wizards/rooms/?x=2&demo=1', mode: 'own' as const, expected: '/wizards/rooms/?x=2' },
  ])('returns $expected for $href in $mode mode', ({ href, mode, expected }) => {
    expect(getUrlForMode(href, mode)).toBe(expected);
  });
});

describe('nameDownload', () => {
  test('marks a file downloaded from the demo', () => {
    expect(nameDownload('本校学生导入模板.xlsx', 'demo')).toBe('演示数据-本校学生导入模板.xlsx');
  });

  test('leaves the name of the user’s own file alone', () => {
    expect(nameDownload('本校学生导入模板.xlsx', 'own')).toBe('本校学生导入模板.xlsx');
  });
});
