/**
 * How a web server should serve the built site: the MIME type of each kind of file
 * and which files browsers may keep. One source for the deployment instructions in the
 * release zip (scripts/release/deploy-guide.ts), the guide for school IT staff
 * (content/docs/reference/publishing.mdx) and the project's own static server
 * (scripts/static-server.ts), so the tests serve the site the way the instructions
 * tell a school to.
 */

/** Cache-Control for Astro's `_astro/` files: their names carry a hash of their content, so a browser may keep them for a year. */
export const longCache = 'public, max-age=31536000, immutable';

/**
 * Cache-Control for everything else: pages, `sw.js`, the search index, downloads. A browser keeps a copy
 * but asks the server each time whether it changed, so a new version is seen at once (the service worker
 * then announces 「网站已更新」).
 */
export const noCache = 'no-cache';

/** The page a server answers with, status 404, for an address the site does not have (Astro builds it from Starlight's 404 route). */
export const notFoundPage = '404.html';

/** The folder of the build whose files are named by their content hash. */
export const hashedFolder = '_astro/';

/** Return the Cache-Control of a file of the build, by its path inside the build (`_astro/x.js`, `index.html`). */
export function getCacheControl(pathInSite: string): string {
  return pathInSite.startsWith(hashedFolder) ? longCache : noCache;
}

/**
 * MIME types a web server may not know, which the instructions add: WebAssembly, the web app manifest, and
 * Pagefind's search index files (already compressed binary data it decodes itself).
 */
export const extraMimeTypes: Readonly<Record<string, string>> = {
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.pagefind': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** The MIME type of every kind of file the build contains; a file of another kind stops `npm run package`. */
export const mimeTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  // content-security-policy.nginx.conf: the policy as an nginx header line, written by the build (src/security/).
  '.conf': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.zip': 'application/zip',
  ...extraMimeTypes,
};

/** Return the extension of a file name as `mimeTypes` keys it (`.pf_fragment`), or `` when it has none. */
export function getExtension(fileName: string): string {
  const name = fileName.slice(fileName.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** Return the MIME type to serve a file with, or undefined for a kind of file the site does not have. */
export function getMimeType(fileName: string): string | undefined {
  return mimeTypes[getExtension(fileName)];
}
