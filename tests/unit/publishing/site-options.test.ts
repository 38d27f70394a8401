import { describe, expect, test } from 'vitest';
import { resolveSiteOptions, toBaseLabel } from '../../../src/publishing/site-options';

describe('resolveSiteOptions', () => {
  test.each([
    { env: {}, expected: { base: '/', site: undefined } },
    { env: { SITE_BASE: '' }, expected: { base: '/', site: undefined } },
    { env: { SITE_BASE: '/kaowu/' }, expected: { base: '/kaowu/', site: undefined } },
    { env: { SITE_BASE: 'kaowu' }, expected: { base: '/kaowu/', site: undefined } },
    { env: { SITE_BASE: ' /tools/kaowu ' }, expected: { base: '/tools/kaowu/', site: undefined } },
    { env: { SITE_URL: 'https://www.example.edu.cn' }, expected: { base: '/', site: 'https://www.example.edu.cn' } },
    { env: { SITE_URL: 'https://www.example.edu.cn/kaowu/' }, expected: { base: '/kaowu/', site: 'https://www.example.edu.cn' } },
    { env: { SITE_BASE: '/kaowu/', SITE_URL: 'https://www.example.edu.cn' }, expected: { base: '/kaowu/', site: 'https://www.example.edu.cn' } },
    { env: { SITE_BASE: '/kaowu', SITE_URL: 'http://10.0.0.8:8080/kaowu' }, expected: { base: '/kaowu/', site: 'http://10.0.0.8:8080' } },
  ])('returns $expected for $env', ({ env, expected }) => {
    expect(resolveSiteOptions(env)).toEqual(expected);
  });

  test.each([
    { env: { SITE_BASE: '/考务/' }, message: 'SITE_BASE="/考务/" 不能用作网站路径' },
    { env: { SITE_BASE: '/kao wu/' }, message: '每一段只能包含英文字母、数字和 - _ . ~' },
    { env: { SITE_BASE: '/a/../b/' }, message: 'SITE_BASE="/a/../b/" 不能用作网站路径' },
    { env: { SITE_BASE: '/kaowu/?x=1' }, message: '不能用作网站路径' },
    { env: { SITE_URL: 'www.example.edu.cn' }, message: '不是完整的网址' },
    { env: { SITE_URL: 'ftp://www.example.edu.cn/' }, message: '必须以 https:// 或 http:// 开头' },
    { env: { SITE_URL: 'https://www.example.edu.cn/kaowu/#top' }, message: '不能带查询参数或「#」锚点' },
    { env: { SITE_BASE: '/kaowu/', SITE_URL: 'https://www.example.edu.cn/tools/' }, message: 'SITE_URL 的路径（/tools/）和 SITE_BASE（/kaowu/）不一致' },
  ])('throws for $env', ({ env, message }) => {
    expect(() => resolveSiteOptions(env)).toThrow(message);
  });
});

describe('toBaseLabel', () => {
  test.each([
    { base: '/', expected: '' },
    { base: '/kaowu/', expected: 'kaowu' },
    { base: '/tools/kaowu/', expected: 'tools-kaowu' },
  ])('returns "$expected" for $base', ({ base, expected }) => {
    expect(toBaseLabel(base)).toBe(expected);
  });
});
