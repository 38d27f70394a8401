/**
 * Astro integration that writes `/sw.js` when the build is done. It must be
 * listed after Starlight in astro.config.mjs: Starlight writes Pagefind's index
 * in its own `astro:build:done` hook, and the index has to be in the manifest.
 */
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildPrecacheManifest } from './manifest';

const workerSource = fileURLToPath(new URL('./service-worker.ts', import.meta.url));

/** Return the integration that adds the service worker to the built site. */
export function offlineSupport(): AstroIntegration {
  return {
    name: 'kaowu-xiangdao:offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const manifest = buildPrecacheManifest(distDir);
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
        logger.info(`service worker: version ${manifest.version}, ${manifest.entries.length} files precached`);
      },
    },
  };
}
