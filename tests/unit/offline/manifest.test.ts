import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildPrecacheManifest, toPrecacheUrl } from '../../../src/offline/manifest';

describe('toPrecacheUrl', () => {
  test.each([
    { path: 'index.html', base: '/', expected: '/' },
    { path: 'exam-day/emergencies/index.html', base: '/', expected: '/exam-day/emergencies/' },
    { path: '404.html', base: '/', expected: '/404.html' },
    { path: 'pagefind/wasm.zh.pagefind', base: '/', expected: '/pagefind/wasm.zh.pagefind' },
    { path: 'training/演示.xlsx', base: '/', expected: '/training/%E6%BC%94%E7%A4%BA.xlsx' },
    { path: 'index.html', base: '/kaowu/', expected: '/kaowu/' },
    { path: 'exam-day/emergencies/index.html', base: '/kaowu/', expected: '/kaowu/exam-day/emergencies/' },
    { path: '_astro/page.ab12.js', base: '/tools/kaowu/', expected: '/tools/kaowu/_astro/page.ab12.js' },
  ])('returns $expected for $path under $base', ({ path, base, expected }) => {
    expect(toPrecacheUrl(path, base)).toBe(expected);
  });
});

describe('buildPrecacheManifest', () => {
  const makeSite = (pageText: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'precache-'));
    mkdirSync(join(dir, 'guide'));
    writeFileSync(join(dir, 'index.html'), 'home');
    writeFileSync(join(dir, 'guide', 'index.html'), pageText);
    writeFileSync(join(dir, 'sw.js'), 'worker');
    return dir;
  };

  test('lists every file but the service worker, sorted, each with a content hash', () => {
    const { entries } = buildPrecacheManifest(makeSite('guide'), '/');
    expect(entries.map(([url]) => url)).toEqual(['/', '/guide/']);
    expect(entries.every(([, revision]) => /^[0-9a-f]{16}$/.test(revision))).toBe(true);
  });

  test('returns the same version for the same files and another when a file changes', () => {
    const first = buildPrecacheManifest(makeSite('guide'), '/').version;
    expect(buildPrecacheManifest(makeSite('guide'), '/').version).toBe(first);
    expect(buildPrecacheManifest(makeSite('guide, changed'), '/').version).not.toBe(first);
  });

  test('lists the files under the base, which it records', () => {
    const manifest = buildPrecacheManifest(makeSite('guide'), '/kaowu/');
    expect(manifest.base).toBe('/kaowu/');
    expect(manifest.entries.map(([url]) => url)).toEqual(['/kaowu/', '/kaowu/guide/']);
    expect(manifest.version).not.toBe(buildPrecacheManifest(makeSite('guide'), '/').version);
  });
});
