/**
 * Serving a kit component on its own, for browser tests of behaviour that needs
 * a real browser (focus, scrolling, the URL) but not a whole wizard. The fixture
 * file `kit-fixtures/<name>.tsx` is bundled with esbuild and served from the
 * site's own origin, so the privacy checks of `fixtures.ts` still apply.
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';

const bundles = new Map<string, Promise<string>>();

function bundle(name: string): Promise<string> {
  if (!bundles.has(name)) {
    const entry = resolve(import.meta.dirname, 'kit-fixtures', `${name}.tsx`);
    bundles.set(
      name,
      build({
        entryPoints: [entry],
        bundle: true,
        write: false,
        format: 'esm',
        jsx: 'automatic',
        jsxImportSource: 'preact',
        loader: { '.css': 'empty' },
        logLevel: 'silent',
      }).then((result) => result.outputFiles[0]!.text),
    );
  }
  return bundles.get(name)!;
}

/** Open the fixture page `name`, with an optional query string such as `?disableAutoFocus`. */
export async function openKitFixture(page: Page, name: string, query = ''): Promise<void> {
  const code = await bundle(name);
  const path = `/__kit-fixture/${name}/`;
  await page.route(`**${path}*`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${name}</title>
<link rel="icon" href="data:,"></head><body><main id="root"></main>
<script type="module">${code.replaceAll('</script', '<\\/script')}</script></body></html>`,
    }),
  );
  await page.goto(path + query);
  await page.waitForSelector('[data-fixture-ready]');
}
