import { describe, expect, test } from 'vitest';
import { findBaseInPage } from '../../../scripts/built-base';

describe('findBaseInPage', () => {
  test.each([
    { html: '<link rel="stylesheet" href="/_astro/print.B1.css">', expected: '/' },
    { html: '<script type="module" src="/kaowu/_astro/page.ab.js"></script>', expected: '/kaowu/' },
    { html: '<a href="/tools/">x</a><link href="/tools/kaowu/_astro/a.css">', expected: '/tools/kaowu/' },
    { html: '<h1>没有脚本</h1>', expected: undefined },
  ])('returns $expected for $html', ({ html, expected }) => {
    expect(findBaseInPage(html)).toBe(expected);
  });
});
