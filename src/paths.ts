/**
 * Every URL the site builds goes through here, so the site works wherever it is
 * published: at the root of a domain (`/`) or under a sub-path such as `/kaowu/`
 * (SITE_BASE, see src/publishing/site-options.ts). Data and guides name pages by
 * their route, the path inside the site (`/registration/rooms/`); this turns a
 * route into the URL a browser needs, and a browser's path back into a route.
 * tests/unit/hand-written-urls.test.ts fails on a URL written by hand anywhere else.
 */

/**
 * The path the site is published under, with a slash at each end: Vite and Astro set
 * `import.meta.env.BASE_URL` from astro.config.mjs's `base`. Code run outside Vite (a
 * Playwright test importing demo file names, a Node script) has no `import.meta.env`
 * and sees the root, which is also what the unit tests run with.
 */
export const siteBase: string = toBasePath(import.meta.env?.BASE_URL ?? '/');

/** Return `base` with exactly one slash at each end: `kaowu` → `/kaowu/`, `` → `/`. */
export function toBasePath(base: string): string {
  const inner = base.replace(/^\/+|\/+$/g, '');
  return inner === '' ? '/' : `/${inner}/`;
}

/** Return the URL of a route of the site: `/registration/rooms/` → `/kaowu/registration/rooms/` under `/kaowu/`. */
export function withBase(route: string, base: string = siteBase): string {
  if (!route.startsWith('/') || route.startsWith('//')) throw new Error(`withBase takes a route inside the site starting with one "/", got "${route}"`);
  return toBasePath(base) + route.slice(1);
}

/** Return the route of a path the browser shows: `/kaowu/registration/rooms/` → `/registration/rooms/`; a path outside the base is returned as it is. */
export function toRoute(pathname: string, base: string = siteBase): string {
  const prefix = toBasePath(base);
  if (pathname === prefix.slice(0, -1)) return '/';
  return pathname.startsWith(prefix) ? pathname.slice(prefix.length - 1) : pathname;
}
