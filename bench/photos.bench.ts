/**
 * Photo throughput: 12-megapixel (4000×3000) JPEGs checked and fixed by the wizard's
 * worker in headless Chromium, in photos per second, with the peak memory of the page's
 * renderer process (where the worker runs) and the page's JavaScript heap.
 *
 * The page and its worker are bundled with esbuild and served from a made-up origin
 * through Playwright's routing, so no build of the site is needed.
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { chromium, type Route } from 'playwright-core';
import { readPeakRendererMemory } from './process-memory';

/** One measured figure, as `bench/run.ts` prints it. */
interface Figure {
  label: string;
  value: number;
  unit: string;
  target?: string;
}

const photoCount = 60;
const [width, height] = [4000, 3000];
const origin = 'http://photos.bench';

async function bundle(entry: string): Promise<string> {
  const result = await build({ entryPoints: [resolve(entry)], bundle: true, write: false, format: 'esm', platform: 'browser', logLevel: 'error' });
  return result.outputFiles[0]!.text;
}

const benchmark = {
  name: `Photos: check and fix ${width}×${height} JPEGs in the worker, headless Chromium`,
  async run(): Promise<Figure[]> {
    const [page_, worker] = await Promise.all([bundle('bench/photos.browser.ts'), bundle('wizards/photos/photo.worker.ts')]);
    const server = await chromium.launchServer({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
    });
    const browser = await chromium.connect(server.wsEndpoint());
    try {
      let jpegs: Buffer[] = [];
      const script = (body: string) => ({ status: 200, contentType: 'text/javascript', body });
      const serve = (route: Route) => {
        const path = new URL(route.request().url()).pathname;
        if (path === '/page.js') return route.fulfill(script(page_));
        // photo-processor.ts asks for `new URL('./photo.worker.ts', import.meta.url)`.
        if (path === '/photo.worker.ts') return route.fulfill(script(worker));
        const photo = /^\/photo-(\d+)\.jpg$/.exec(path);
        if (photo) return route.fulfill({ status: 200, contentType: 'image/jpeg', body: jpegs[Number(photo[1])] });
        return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><meta charset="utf-8"><script type="module" src="/page.js"></script>' });
      };
      // Each context is a profile of its own, so its page gets a renderer process of its own.
      const open = async () => {
        const context = await browser.newContext();
        await context.route(`${origin}/**`, serve);
        const page = await context.newPage();
        await page.goto(`${origin}/`);
        await page.waitForFunction(() => 'measurePhotos' in globalThis);
        return page;
      };

      // Encoding the photos takes memory of its own: do it in a renderer that is gone before measuring.
      const encoder = await open();
      const encoded = (await encoder.evaluate(([w, h]) => (globalThis as never as { encodeCameraJpegs: Function }).encodeCameraJpegs(w, h, 3), [width, height] as const)) as string[];
      jpegs = encoded.map((base64) => Buffer.from(base64, 'base64'));
      await encoder.context().close();

      const page = await open();

      const devtools = await page.context().newCDPSession(page);
      await devtools.send('Performance.enable');
      let peakHeap = 0;
      const sampler = setInterval(async () => {
        const { metrics } = await devtools.send('Performance.getMetrics').catch(() => ({ metrics: [] as Array<{ name: string; value: number }> }));
        peakHeap = Math.max(peakHeap, metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0);
      }, 250);
      const urls = jpegs.map((_, index) => `/photo-${index}.jpg`);
      const result = (await page.evaluate(([count, urls]) => (globalThis as never as { measurePhotos: Function }).measurePhotos(count, urls), [photoCount, urls] as const)) as {
        checkMs: number;
        zipMs: number;
        fixedCount: number;
        inputBytes: number;
        zipBytes: number;
      };
      clearInterval(sampler);
      const renderer = readPeakRendererMemory(server.process().pid!);
      const megabytes = (bytes: number) => Math.round(bytes / 1_048_576);
      return [
        { label: `${photoCount} photos of ${width}×${height} (${(result.inputBytes / 1e6).toFixed(1)} MB each): throughput`, value: photoCount / (result.checkMs / 1000), unit: 'photos/s' },
        { label: 'time per photo (decode, check, crop, fix, preview)', value: Math.round(result.checkMs / photoCount), unit: 'ms' },
        { label: `zip of the ${result.fixedCount} fixed photos`, value: Math.round(result.zipMs), unit: 'ms' },
        { label: 'peak memory of the renderer process (page and worker, VmHWM)', value: megabytes(renderer), unit: 'MB' },
        { label: 'peak JavaScript heap of the page', value: megabytes(peakHeap), unit: 'MB' },
      ];
    } finally {
      await browser.close();
      await server.close();
    }
  },
};

export default benchmark;
