import { describe, expect, test } from 'vitest';
import { siteBase, toBasePath, toRoute, withBase } from '../../src/paths';

describe('toBasePath', () => {
  test.each([
    { base: '/', expected: '/' },
    { base: '', expected: '/' },
    { base: 'kaowu', expected: '/kaowu/' },
    { base: '/kaowu', expected: '/kaowu/' },
    { base: '//tools/kaowu//', expected: '/tools/kaowu/' },
  ])('returns $expected for "$base"', ({ base, expected }) => {
    expect(toBasePath(base)).toBe(expected);
  });
});

describe('withBase', () => {
  test.each([
    { route: '/', base: '/', expected: '/' },
    { route: '/registration/rooms/', base: '/', expected: '/registration/rooms/' },
    { route: '/', base: '/kaowu/', expected: '/kaowu/' },
    { route: '/registration/rooms/', base: '/kaowu/', expected: '/kaowu/registration/rooms/' },
    { route: '/reference/glossary/#seat', base: '/kaowu', expected: '/kaowu/reference/glossary/#seat' },
    { route: '/wizards/candidates/?demo=1#source', base: '/tools/kaowu/', expected: '/tools/kaowu/wizards/candidates/?demo=1#source' },
  ])('returns $expected for $route under $base', ({ route, base, expected }) => {
    expect(withBase(route, base)).toBe(expected);
  });

  test.each(['registration/rooms/', '//cdn.example.com/x.js', 'https://example.com/'])('throws for "%s", which is not a route', (route) => {
    expect(() => withBase(route, '/kaowu/')).toThrow('withBase takes a route');
  });

  test('uses the root in unit tests, where Vite sets no base', () => {
    expect(siteBase).toBe('/');
    expect(withBase('/sw.js')).toBe('/sw.js');
  });
});

describe('toRoute', () => {
  test.each([
    { pathname: '/registration/rooms/', base: '/', expected: '/registration/rooms/' },
    { pathname: '/kaowu/registration/rooms/', base: '/kaowu/', expected: '/registration/rooms/' },
    { pathname: '/kaowu/', base: '/kaowu/', expected: '/' },
    { pathname: '/kaowu', base: '/kaowu/', expected: '/' },
    { pathname: '/other/page/', base: '/kaowu/', expected: '/other/page/' },
  ])('returns $expected for $pathname under $base', ({ pathname, base, expected }) => {
    expect(toRoute(pathname, base)).toBe(expected);
  });
});
