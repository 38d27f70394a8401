/**
 * Astro integration that writes `sw.js` at the top of the built site (served at the
 * site's base) when the build is done. It must be listed after Starlight in
 * astro.config.mjs: Starlight writes Pagefind's index in its own `astro:build:done`
 * hook, and the index has to be in the manifest.
 */
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toBasePath } from '../paths.ts';
import { buildPrecacheManifest } from './manifest.ts';

const workerSource = fileURLToPath(new URL('./service-worker.ts', import.meta.url));

/** Return the integration that adds the service worker to the built site. */
export function offlineSupport(): AstroIntegration {
  // Astro's `base` as the site is published under it (`/` or `/kaowu/`), read once the config is final.
  let base = '/';
  return {
    name: 'kaowu-xiangdao:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = toBasePath(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const manifest = buildPrecacheManifest(distDir, base);
        const bundled = await build({
          entryPoints: [workerSource],
          bundle: true,
          write: false,
          format: 'iife',
          minify: true,
          target: 'es2022',
          define: { __PRECACHE_MANIFEST__: JSON.stringify(manifest) },
          logLevel: 'silent',
        });
        writeFileSync(`${distDir}/sw.js`, bundled.outputFiles[0]!.text);
        logger.info(`service worker: version ${manifest.version}, scope ${base}, ${manifest.entries.length} files precached`);
      },
    },
  };
}
