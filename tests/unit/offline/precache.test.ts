import { describe, expect, test } from 'vitest';
import { cachePrefix, deleteOtherCaches, fillCache, getCacheName, getManifestKey, isCacheOfSite, toCacheKey, type PrecacheManifest } from '../../../src/offline/precache';

/** An in-memory CacheStorage with the few methods the precache uses. */
function createCaches(): CacheStorage {
  const stores = new Map<string, Map<string, Response>>();
  const open = async (name: string) => {
    if (!stores.has(name)) stores.set(name, new Map());
    const store = stores.get(name)!;
    return {
      match: async (url: string) => store.get(url)?.clone(),
      put: async (url: string, response: Response) => void store.set(url, response.clone()),
      keys: async () => [...store.keys()],
    } as unknown as Cache;
  };
  return { open, keys: async () => [...stores.keys()], delete: async (name: string) => stores.delete(name) } as unknown as CacheStorage;
}

const text = async (caches: CacheStorage, name: string, url: string) => (await (await caches.open(name)).match(url))?.text();

describe('toCacheKey', () => {
  test.each([
    { url: 'http://x/', expected: '/' },
    { url: 'http://x/wizards/candidates/?demo=1#source', expected: '/wizards/candidates/' },
    { url: 'http://x/exam-day/emergencies', expected: '/exam-day/emergencies/' },
    { url: 'http://x/pagefind/pagefind-entry.json?ts=123', expected: '/pagefind/pagefind-entry.json' },
    { url: 'http://x/_astro/page.ab12.js', expected: '/_astro/page.ab12.js' },
  ])('returns $expected for $url', ({ url, expected }) => {
    expect(toCacheKey(new URL(url))).toBe(expected);
  });
});

describe('getCacheName', () => {
  test.each([
    { version: 'ab12', base: '/', expected: `${cachePrefix}ab12` },
    { version: 'ab12', base: '/kaowu/', expected: `${cachePrefix}ab12@/kaowu/` },
  ])('returns $expected for version $version under $base', ({ version, base, expected }) => {
    expect(getCacheName(version, base)).toBe(expected);
  });
});

describe('isCacheOfSite', () => {
  test.each([
    { name: `${cachePrefix}ab12`, base: '/', expected: true },
    { name: `${cachePrefix}ab12@/kaowu/`, base: '/', expected: false },
    { name: `${cachePrefix}ab12@/kaowu/`, base: '/kaowu/', expected: true },
    { name: `${cachePrefix}ab12@/kaowu/old/`, base: '/kaowu/', expected: false },
    { name: `${cachePrefix}ab12`, base: '/kaowu/', expected: false },
    { name: 'someone-else', base: '/', expected: false },
  ])('returns $expected for $name under $base', ({ name, base, expected }) => {
    expect(isCacheOfSite(name, base)).toBe(expected);
  });
});

describe('fillCache', () => {
  const v1: PrecacheManifest = { version: 'one', base: '/', entries: [['/', 'a1'], ['/app.js', 'b1']] };
  const v2: PrecacheManifest = { version: 'two', base: '/', entries: [['/', 'a2'], ['/app.js', 'b1']] };
  const manifestKey = getManifestKey('/');

  test('downloads every file and stores the manifest last', async () => {
    const caches = createCaches();
    await fillCache(v1, caches, async (url) => new Response(`v1 ${url}`));
    expect(await text(caches, getCacheName('one', '/'), '/app.js')).toBe('v1 /app.js');
    expect(JSON.parse((await text(caches, getCacheName('one', '/'), manifestKey))!)).toEqual(v1);
  });

  test('copies unchanged files from an older version and downloads only the changed ones', async () => {
    const caches = createCaches();
    await fillCache(v1, caches, async (url) => new Response(`v1 ${url}`));
    const downloaded: string[] = [];
    await fillCache(v2, caches, async (url) => (downloaded.push(url), new Response(`v2 ${url}`)));
    expect(downloaded).toEqual(['/']);
    expect(await text(caches, getCacheName('two', '/'), '/app.js')).toBe('v1 /app.js');
    expect(await text(caches, getCacheName('two', '/'), '/')).toBe('v2 /');
  });

  test('throws when a file cannot be downloaded, leaving the version without its manifest', async () => {
    const caches = createCaches();
    await expect(fillCache(v1, caches, async (url) => new Response('', { status: url === '/app.js' ? 404 : 200 }))).rejects.toThrow('/app.js: HTTP 404');
    expect(await text(caches, getCacheName('one', '/'), manifestKey)).toBeUndefined();
  });

  test('copies nothing from a copy of the site under another base', async () => {
    const caches = createCaches();
    await fillCache(v1, caches, async (url) => new Response(`root ${url}`));
    const underBase: PrecacheManifest = { version: 'two', base: '/kaowu/', entries: [['/kaowu/app.js', 'b1']] };
    const downloaded: string[] = [];
    await fillCache(underBase, caches, async (url) => (downloaded.push(url), new Response(`kaowu ${url}`)));
    expect(downloaded).toEqual(['/kaowu/app.js']);
  });
});

describe('deleteOtherCaches', () => {
  test('deletes the site’s other versions and leaves other caches alone', async () => {
    const caches = createCaches();
    for (const name of [getCacheName('one', '/'), getCacheName('two', '/'), 'someone-else']) await caches.open(name);
    await deleteOtherCaches({ version: 'two', base: '/', entries: [] }, caches);
    expect(await caches.keys()).toEqual([`${cachePrefix}two`, 'someone-else']);
  });

  test('leaves the caches of a copy of the site under another base alone', async () => {
    const caches = createCaches();
    for (const name of [getCacheName('one', '/'), getCacheName('one', '/kaowu/'), getCacheName('two', '/kaowu/')]) await caches.open(name);
    await deleteOtherCaches({ version: 'two', base: '/kaowu/', entries: [] }, caches);
    expect(await caches.keys()).toEqual([getCacheName('one', '/'), getCacheName('two', '/kaowu/')]);
  });
});
