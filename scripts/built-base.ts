/** Which base path a built site was made for, read from the build itself. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Astro loads every page's scripts and styles from `<base>_astro/`; the first such URL gives the base. */
const assetUrl = /\b(?:src|href)="(\/[^"]*?)_astro\//;

/** Return the base of a page's HTML (`/` or `/kaowu/`), or undefined when it loads nothing from `_astro/`. */
export function findBaseInPage(html: string): string | undefined {
  return assetUrl.exec(html)?.[1];
}

/** Return the base the site in `distDir` was built for (SITE_BASE at build time), read from its home page. */
export function readBuiltBase(distDir: string): string {
  const base = findBaseInPage(readFileSync(join(distDir, 'index.html'), 'utf8'));
  if (!base) throw new Error(`${join(distDir, 'index.html')} loads nothing from _astro/: is this a build of the site?`);
  return base;
}
