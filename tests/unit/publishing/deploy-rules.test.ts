import { describe, expect, test } from 'vitest';
import { getCacheControl, getExtension, getMimeType, longCache, noCache } from '../../../src/publishing/deploy-rules';

describe('getCacheControl', () => {
  test.each([
    { path: '_astro/page.Dhy8IrbV.js', expected: longCache },
    { path: '_astro/print.B1a2.css', expected: longCache },
    { path: 'index.html', expected: noCache },
    { path: 'registration/rooms/index.html', expected: noCache },
    { path: 'sw.js', expected: noCache },
    { path: 'pagefind/pagefind-entry.json', expected: noCache },
    { path: 'wizards/_astro/x.js', expected: noCache },
  ])('returns "$expected" for $path', ({ path, expected }) => {
    expect(getCacheControl(path)).toBe(expected);
  });
});

describe('getMimeType', () => {
  test.each([
    { name: 'index.html', expected: 'text/html; charset=utf-8' },
    { name: '_astro/a.js', expected: 'text/javascript; charset=utf-8' },
    { name: 'pagefind/wasm.unknown.pagefind', expected: 'application/octet-stream' },
    { name: 'pagefind/fragment/zh-cn_0adcd7f.pf_fragment', expected: 'application/octet-stream' },
    { name: 'pagefind/pagefind.zh-cn_ba5e9222de1c1.pf_meta', expected: 'application/octet-stream' },
    { name: 'x.wasm', expected: 'application/wasm' },
    { name: 'manifest.webmanifest', expected: 'application/manifest+json' },
    { name: 'training/demo/students.xlsx', expected: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    { name: 'INDEX.HTML', expected: 'text/html; charset=utf-8' },
    { name: 'README', expected: undefined },
    { name: 'archive.rar', expected: undefined },
  ])('returns $expected for $name', ({ name, expected }) => {
    expect(getMimeType(name)).toBe(expected);
  });
});

describe('getExtension', () => {
  test.each([
    { name: 'a/b.c/index.html', expected: '.html' },
    { name: '.htaccess', expected: '' },
    { name: 'a.b/file', expected: '' },
  ])('returns "$expected" for $name', ({ name, expected }) => {
    expect(getExtension(name)).toBe(expected);
  });
});
