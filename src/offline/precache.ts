/**
 * The service worker's cache of the whole built site, one cache per build
 * version. Filling a new version's cache copies every file whose content has
 * not changed from the cache of an older version and downloads only the rest,
 * so an update over a poor school connection fetches what changed, not the site.
 * Runs inside the service worker; the Cache API is passed in so it can be tested.
 */

/** What the build tells the service worker: a version, the base it is published under, and every file with a hash of its content. */
export interface PrecacheManifest {
  /** Changes whenever any file of the site changes. */
  version: string;
  /** The path the site is published under (`/`, `/kaowu/`): the service worker's scope. */
  base: string;
  /** `[url, revision]`: the URL path of each file (with the base), and a hash of its content. */
  entries: Array<[string, string]>;
}

/** Names of the site's caches start with this; anything else in the origin's CacheStorage is left alone. */
export const cachePrefix = 'kaowu-xiangdao-site-';

/** Files downloaded at the same time while filling the cache. */
const concurrency = 6;

/**
 * Return the cache name of a version of the site published under `base`. Copies of the site
 * under other paths of the same origin (`/kaowu/` and `/kaowu-2025/` side by side) share its
 * CacheStorage, so a name carries its base and each copy keeps and deletes only its own
 * caches. The root's names have no suffix, as before sub-paths existed.
 */
export function getCacheName(version: string, base: string): string {
  return base === '/' ? cachePrefix + version : `${cachePrefix}${version}@${base}`;
}

/** Return whether a cache holds a version of the site published under `base` (any version). */
export function isCacheOfSite(name: string, base: string): boolean {
  if (!name.startsWith(cachePrefix)) return false;
  const rest = name.slice(cachePrefix.length);
  const at = rest.indexOf('@');
  return (at < 0 ? '/' : rest.slice(at + 1)) === base;
}

/** Return where a cache keeps the manifest it was filled from (to tell which files later versions can copy): a key no file of the site has. */
export function getManifestKey(base: string): string {
  return `${base}__precache-manifest__.json`;
}

/**
 * Return the key a request is cached under: its path without query or hash (Pagefind adds `?ts=`, a
 * demo link `?demo=1`), and a folder's path with its trailing slash (the site's pages are folders).
 */
export function toCacheKey(url: URL): string {
  const path = url.pathname;
  const lastSegment = path.slice(path.lastIndexOf('/') + 1);
  return path.endsWith('/') || lastSegment.includes('.') ? path : `${path}/`;
}

async function readOldManifests(caches: CacheStorage, base: string, current: string): Promise<Array<{ cache: Cache; revisions: Map<string, string> }>> {
  const names = (await caches.keys()).filter((name) => isCacheOfSite(name, base) && name !== current);
  const found = [];
  for (const name of names) {
    const cache = await caches.open(name);
    const stored = await cache.match(getManifestKey(base));
    if (stored) found.push({ cache, revisions: new Map((await stored.json() as PrecacheManifest).entries) });
  }
  return found;
}

/** Fill the cache of `manifest`'s version; throws (and the new version is not installed) when a file cannot be fetched. */
export async function fillCache(manifest: PrecacheManifest, caches: CacheStorage, fetchFile: (url: string) => Promise<Response>): Promise<void> {
  const name = getCacheName(manifest.version, manifest.base);
  const cache = await caches.open(name);
  const older = await readOldManifests(caches, manifest.base, name);
  const queue = [...manifest.entries];
  const work = async () => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      const [url, revision] = entry;
      const same = older.find((old) => old.revisions.get(url) === revision);
      const copied = same && (await same.cache.match(url));
      if (copied) {
        await cache.put(url, copied);
        continue;
      }
      const response = await fetchFile(url);
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      await cache.put(url, response);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, work));
  // Written last: a cache with its manifest is complete.
  await cache.put(getManifestKey(manifest.base), new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/json' } }));
}

/** Delete the caches of every other version of the site under the same base; copies under other bases keep theirs. */
export async function deleteOtherCaches(manifest: PrecacheManifest, caches: CacheStorage): Promise<void> {
  const keep = getCacheName(manifest.version, manifest.base);
  const names = (await caches.keys()).filter((name) => isCacheOfSite(name, manifest.base) && name !== keep);
  await Promise.all(names.map((name) => caches.delete(name)));
}
