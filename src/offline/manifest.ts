/**
 * The precache manifest of a build: every file of the built site (pages, styles,
 * scripts and lazily loaded chunks, Pagefind's index and WebAssembly, images,
 * downloads) with a hash of its content, at the URL it has under the site's base.
 * Runs in Node at build time.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { withBase } from '../paths.ts';
import type { PrecacheManifest } from './precache.ts';

/** File names of the build that are not precached: the service worker itself. */
export const notPrecached = new Set(['sw.js']);

/** Return the URL a built file is served at under `base`: `x/index.html` → `<base>x/`, others as they are. */
export function toPrecacheUrl(relativePath: string, base: string): string {
  const segments = relativePath.split(sep);
  if (segments.at(-1) === 'index.html') segments[segments.length - 1] = '';
  return encodeURI(withBase(`/${segments.join('/')}`, base));
}

/** Return the manifest of every file under `distDir` for a site published under `base`, sorted by URL so the same build gives the same version. */
export function buildPrecacheManifest(distDir: string, base: string): PrecacheManifest {
  const entries: Array<[string, string]> = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      const path = relative(distDir, full);
      if (statSync(full).isDirectory()) walk(full);
      else if (!notPrecached.has(path)) entries.push([toPrecacheUrl(path, base), hashOf(readFileSync(full))]);
    }
  };
  walk(distDir);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { version: hashOf(Buffer.from(JSON.stringify(entries))), base, entries };
}

function hashOf(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}
