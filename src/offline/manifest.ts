/**
 * The precache manifest of a build: every file of the built site (pages, styles,
 * scripts and lazily loaded chunks, Pagefind's index and WebAssembly, images,
 * downloads) with a hash of its content. Runs in Node at build time.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { PrecacheManifest } from './precache';

/** File names of the build that are not precached: the service worker itself. */
export const notPrecached = new Set(['sw.js']);

/** Return the URL path a built file is served at: `x/index.html` → `/x/`, others as they are. */
export function toPrecacheUrl(relativePath: string): string {
  const path = '/' + relativePath.split(sep).join('/');
  const url = path === '/index.html' || path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
  return encodeURI(url);
}

/** Return the manifest of every file under `distDir`, sorted by URL so the same build gives the same version. */
export function buildPrecacheManifest(distDir: string): PrecacheManifest {
  const entries: Array<[string, string]> = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      const path = relative(distDir, full);
      if (statSync(full).isDirectory()) walk(full);
      else if (!notPrecached.has(path)) entries.push([toPrecacheUrl(path), hashOf(readFileSync(full))]);
    }
  };
  walk(distDir);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { version: hashOf(Buffer.from(JSON.stringify(entries))), entries };
}

function hashOf(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}
