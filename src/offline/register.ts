/**
 * The page side of offline support: register the site's `sw.js` with the site's
 * base as its scope, and when a new version has been installed while this page
 * runs an old one, show 「网站已更新」 with a 重新加载 button. Kept tiny: it is on
 * every guide page.
 */

/**
 * The site's base (`/` or `/kaowu/`), the value `siteBase` of src/paths.ts holds. Read from Vite here rather
 * than imported: an import of `paths` (a module the wizards share) makes this script a chunk of its own plus
 * a shared chunk, where on its own it is inlined into each page, the one script of our own a guide page may
 * carry (tests/e2e/byte-budget.spec.ts). It needs no tidying: astro.config.mjs's `trailingSlash: 'always'`
 * makes Astro give the base a slash at each end.
 */
const siteBase = import.meta.env.BASE_URL;

/** Register the service worker and offer the reload when an update waits. */
export function watchForUpdates(): void {
  const { serviceWorker } = navigator;
  // Not available over plain http on a LAN address, and refused in some private modes: the site then works online only.
  if (!serviceWorker) return;
  let isReloading = false;
  const offer = (worker: ServiceWorker) => {
    if (document.querySelector('.site-update')) return;
    const notice = document.createElement('div');
    notice.className = 'site-update';
    notice.setAttribute('role', 'status');
    notice.innerHTML = '<span>网站已更新，重新加载后使用新版本。</span><button type="button">重新加载</button>';
    notice.querySelector('button')!.addEventListener('click', () => {
      isReloading = true;
      worker.postMessage({ type: 'skipWaiting' });
    });
    document.body.append(notice);
  };
  // Reload only when the user asked: the first visit's worker also takes control, and must not reload the page.
  serviceWorker.addEventListener('controllerchange', () => isReloading && window.location.reload());
  serviceWorker.register(`${siteBase}sw.js`, { scope: siteBase, updateViaCache: 'none' }).then(
    // Some environments (a browser set to block service workers) resolve without a registration.
    (registration: ServiceWorkerRegistration | undefined) => {
      if (!registration) return;
      const watch = (worker: ServiceWorker | null) =>
        worker?.addEventListener('statechange', () => worker.state === 'installed' && serviceWorker.controller && offer(worker));
      if (registration.waiting && serviceWorker.controller) offer(registration.waiting);
      watch(registration.installing);
      registration.addEventListener('updatefound', () => watch(registration.installing));
    },
    () => undefined,
  );
}
