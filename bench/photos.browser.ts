/**
 * Runs in headless Chromium for `photos.bench.ts`: one page encodes camera-like JPEGs;
 * another, fresh one (so its memory is the wizard's alone) has the wizard's own worker
 * check and fix them one at a time, then zips the fixed photos.
 */
import { inspectPhotos } from '../wizards/photos/photo-processor';
import { buildPhotoZip } from '../wizards/photos/output';

/** Encode `distinct` noise JPEGs of `width`×`height`: noise decodes about as slowly as a real photo. */
async function makeCameraJpegs(width: number, height: number, distinct: number): Promise<Blob[]> {
  const jpegs: Blob[] = [];
  for (let index = 0; index < distinct; index++) {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d')!;
    const pixels = context.createImageData(width, height);
    let seed = 12345 + index;
    for (let at = 0; at < pixels.data.length; at += 4) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const noise = seed & 255;
      pixels.data.set([200 + (noise & 55), noise >> 2, noise >> 3, 255], at);
    }
    context.putImageData(pixels, 0, 0);
    jpegs.push(await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 }));
  }
  return jpegs;
}

/** Return camera-like JPEGs as base64, to be served to a fresh page. */
async function encodeCameraJpegs(width: number, height: number, distinct: number): Promise<string[]> {
  const jpegs = await makeCameraJpegs(width, height, distinct);
  return Promise.all(
    jpegs.map(async (jpeg) => {
      const bytes = new Uint8Array(await jpeg.arrayBuffer());
      let binary = '';
      for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
      return btoa(binary);
    }),
  );
}

/** Check `count` photos (fetched from `urls` in turn) in the worker and zip the fixes; returns timings and sizes. */
async function measurePhotos(count: number, urls: string[]) {
  const jpegs = await Promise.all(urls.map(async (url) => (await fetch(url)).blob()));
  const sources = Array.from({ length: count }, (_, index) => ({ path: `${index}.jpg`, read: async () => jpegs[index % jpegs.length] }));
  const fixed: Array<{ name: string; data: Blob }> = [];
  const started = performance.now();
  await inspectPhotos(sources, { onResult: (index, inspection) => inspection.fixed && fixed.push({ name: `${index}.jpg`, data: inspection.fixed }) });
  const checkMs = performance.now() - started;
  const zipStarted = performance.now();
  const zip = await buildPhotoZip(fixed);
  return {
    checkMs,
    zipMs: performance.now() - zipStarted,
    fixedCount: fixed.length,
    inputBytes: jpegs.reduce((sum, jpeg) => sum + jpeg.size, 0) / jpegs.length,
    zipBytes: zip.length,
  };
}

Object.assign(globalThis, { encodeCameraJpegs, measurePhotos });
