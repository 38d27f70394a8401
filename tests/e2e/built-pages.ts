import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** Folder of the production build the browser tests run against (SITE_OUT_DIR, as in astro.config.mjs). */
export const distDir = resolve(import.meta.dirname, '..', '..', process.env.SITE_OUT_DIR ?? 'dist');

/** Return the URL path of every HTML page in the build, e.g. `/start/overview/`. */
export function listBuiltPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) pages.push(toUrlPath(relative(distDir, full)));
    }
  };
  walk(distDir);
  return pages.sort();
}

function toUrlPath(file: string): string {
  const path = '/' + file.split(sep).join('/');
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Return the path of the HTML file behind a URL path. */
export function builtFileFor(urlPath: string): string {
  return join(distDir, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
}
