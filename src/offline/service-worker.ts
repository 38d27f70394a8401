/**
 * The site's service worker, bundled into `sw.js` at the site's base at build time
 * (integration.ts) with the manifest of every built file; its scope is the base. After the first visit the guides, the
 * search index and the wizards with all their lazily loaded code come from the
 * cache, so the whole site works with no network.
 *
 * A new build is a new version: it fills its own cache while the old version
 * keeps serving, then waits. The page tells the user 「网站已更新」; 重新加载
 * asks it to take over, and the page reloads under it. Old pages never get
 * files of the new build mixed in.
 */
import { withBase } from '../paths';
import { notFoundPage } from '../publishing/deploy-rules';
import { deleteOtherCaches, fillCache, getCacheName, toCacheKey, type PrecacheManifest } from './precache';

declare const __PRECACHE_MANIFEST__: PrecacheManifest;

// The DOM library types this file; these are the service-worker parts it uses.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ServiceWorkerScope {
  location: Location;
  clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

const scope = self as unknown as ServiceWorkerScope;
const manifest = __PRECACHE_MANIFEST__;
const cacheName = getCacheName(manifest.version, manifest.base);
const notFoundUrl = withBase(`/${notFoundPage}`, manifest.base);

scope.addEventListener('install', (event) => {
  // `reload` skips the HTTP cache: a stale copy of a file must not enter the new version.
  event.waitUntil(fillCache(manifest, caches, (url) => fetch(url, { cache: 'reload' })));
});

scope.addEventListener('activate', (event) => {
  // claim(): the first visit's page is served from the cache from now on, not only after a reload.
  event.waitUntil(deleteOtherCaches(manifest, caches).then(() => scope.clients.claim()));
});

scope.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'skipWaiting') void scope.skipWaiting();
});

async function respond(request: Request): Promise<Response> {
  const cache = await caches.open(cacheName);
  const cached = await cache.match(toCacheKey(new URL(request.url)));
  if (cached) return cached;
  try {
    return await fetch(request);
  } catch (error) {
    const fallback = request.mode === 'navigate' ? await cache.match(notFoundUrl) : undefined;
    if (fallback) return fallback;
    throw error;
  }
}

scope.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== scope.location.origin) return;
  event.respondWith(respond(event.request));
});
