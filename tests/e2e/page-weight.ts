import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { builtFileFor, distDir } from './built-pages';

/** JavaScript a page loads before the user does anything. */
export interface PageScripts {
  /** Built module files, as `/_astro/<name>.js`, including their static imports. */
  modules: string[];
  /** Number of `<astro-island>` elements (Preact components that hydrate). */
  islands: number;
  /** Gzipped bytes of all modules plus all inline scripts. */
  gzipBytes: number;
  /** Inline scripts (Astro inlines small ones), each with its gzipped size. */
  inlineScripts: Array<{ text: string; gzipBytes: number }>;
}

const scriptTag = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const staticImport = /(?:import|from)\s*["'`](\.\/[^"'`]+\.js)["'`]/g;

/** Return the initial JavaScript of a built page: module graph and gzipped size. */
export function measurePageScripts(urlPath: string): PageScripts {
  const html = readFileSync(builtFileFor(urlPath), 'utf8');
  const modules = new Set<string>();
  const inlineScripts: PageScripts['inlineScripts'] = [];
  let gzipBytes = 0;
  const addModule = (src: string) => {
    if (modules.has(src)) return;
    modules.add(src);
    const code = readFileSync(join(distDir, src));
    gzipBytes += gzipSync(code).length;
    for (const [, relativeImport] of code.toString('utf8').matchAll(staticImport)) {
      addModule(src.slice(0, src.lastIndexOf('/') + 1) + relativeImport!.slice(2));
    }
  };
  // An island's component and renderer load as soon as it hydrates (on load, or when visible at the top).
  for (const [island] of html.matchAll(/<astro-island\b[^>]*>/g)) {
    for (const [, src] of island.matchAll(/\b(?:component|renderer)-url="([^"]+)"/g)) addModule(src!);
  }
  for (const [, attributes, body] of html.matchAll(scriptTag)) {
    const src = /\bsrc="([^"]+)"/.exec(attributes!)?.[1];
    if (src) addModule(src);
    else if (!/type="application\/(ld\+)?json"/.test(attributes!)) {
      const size = gzipSync(body!).length;
      inlineScripts.push({ text: body!, gzipBytes: size });
      gzipBytes += size;
    }
  }
  return {
    modules: [...modules].sort(),
    islands: (html.match(/<astro-island\b/g) ?? []).length,
    gzipBytes,
    inlineScripts,
  };
}

/** Strip the content hash from a built file name: `/_astro/page.ab12.js` → `page`. */
export function chunkName(modulePath: string): string {
  const file = modulePath.slice(modulePath.lastIndexOf('/') + 1);
  return file.replace(/\.[\w-]+\.js$/, '');
}

/**
 * True for the service worker's registration and its 「网站已更新」 notice (src/offline/register.ts, inlined by
 * Astro): site infrastructure on every page, with its own budget in byte-budget.spec.ts.
 */
export function isOfflineRegistration(script: string): boolean {
  return script.includes('/sw.js');
}
