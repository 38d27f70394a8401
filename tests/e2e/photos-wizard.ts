/**
 * Driving the photo wizard in browser tests: seeding the school workspace through the
 * 工作文件 import, choosing photos, and reading downloads back.
 */
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import type { Download, Page } from '@playwright/test';
import { expect, visit } from './fixtures';
import { draftKey } from '../../wizards/kit/storage';
import { buildWorkFile } from '../../wizards/kit/work-file';
import { workspaceWith } from '../fixtures/photos';

/** A file to choose, as Playwright's setInputFiles takes it. */
export interface ChosenFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** Open the photo wizard with these students in the school workspace (imported as a 工作文件). */
export async function openPhotoWizard(page: Page, students: ReadonlyArray<{ name: string; documentNumber: string }>) {
  await visit(page, '/wizards/photos/');
  const workFile = buildWorkFile([['workspace', workspaceWith(students)]], new Date());
  await page.getByLabel('导入工作文件').setInputFiles({ name: '工作文件.json', mimeType: 'application/json', buffer: Buffer.from(workFile) });
  await page.getByRole('button', { name: '确定导入' }).click();
  await expect(page.getByText(`学校工作区中有 ${students.length} 名考生`)).toBeVisible();
}

/** Return a file to choose from bytes. */
export function chosenFile(name: string, bytes: Uint8Array): ChosenFile {
  const mimeType = name.endsWith('.zip') ? 'application/zip' : name.toLowerCase().endsWith('.png') ? 'image/png' : 'image/jpeg';
  return { name, mimeType, buffer: Buffer.from(bytes) };
}

/** Build a zip of the given entries. */
export async function zipOf(entries: Record<string, Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [path, bytes] of Object.entries(entries)) zip.file(path, bytes);
  return zip.generateAsync({ type: 'uint8array' });
}

/** Click a result file's 下载… button and return the downloaded bytes and suggested name. */
export async function downloadResult(page: Page, fileName: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: fileName }).click()]);
  return { name: (download as Download).suggestedFilename(), bytes: await readFile((await download.path())!) };
}

/**
 * Wait until autosave has stored the wizard at `step` (it writes shortly after each change),
 * looking for the draft in every IndexedDB store of the page's origin.
 */
export async function waitForSavedStep(page: Page, step: string) {
  const key = draftKey('photos');
  await page.waitForFunction(
    async ({ key, step }) => {
      for (const { name } of await indexedDB.databases()) {
        const db = await new Promise<IDBDatabase>((resolve, reject) => Object.assign(indexedDB.open(name!), { onsuccess: (event: Event) => resolve((event.target as IDBOpenDBRequest).result), onerror: reject }));
        for (const storeName of db.objectStoreNames) {
          const request = db.transaction(storeName).objectStore(storeName).get(key);
          const saved = await new Promise<{ value?: unknown } | undefined>((resolve) => (request.onsuccess = () => resolve(request.result)));
          if (saved?.value === step) return db.close(), true;
        }
        db.close();
      }
      return false;
    },
    { key, step },
    { polling: 200 },
  );
}

/** Wait until the worker has checked every photo and the review screen shows. */
export async function waitForReview(page: Page, timeout = 60_000) {
  await expect(page.getByRole('heading', { name: '照片检查结果' })).toBeVisible({ timeout });
}

/** Options of {@link chooseGeneratedPhotos}. */
export interface GeneratedPhotos {
  /** One photo per 证件号码, named `<证件号码>.jpg`. */
  documentNumbers: readonly string[];
  width: number;
  height: number;
  /** Distinct images to encode; photos reuse them in turn. Default: 3. */
  distinct?: number;
}

/**
 * Make camera-like JPEGs inside the page (noise compresses and decodes like a real photo,
 * about 3.5 MB for 12 megapixels) and choose them in the photo input, without sending
 * hundreds of megabytes through the test driver. Returns the average file size in bytes.
 */
export async function chooseGeneratedPhotos(page: Page, { documentNumbers, width, height, distinct = 3 }: GeneratedPhotos): Promise<number> {
  return page.evaluate(
    async ({ documentNumbers, width, height, distinct }) => {
      const bases: Blob[] = [];
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
        bases.push(await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 }));
      }
      const transfer = new DataTransfer();
      documentNumbers.forEach((documentNumber, index) => transfer.items.add(new File([bases[index % distinct]], `${documentNumber}.jpg`, { type: 'image/jpeg' })));
      const input = document.querySelector<HTMLInputElement>('#photo-files')!;
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      return bases.reduce((sum, blob) => sum + blob.size, 0) / distinct;
    },
    { documentNumbers, width, height, distinct },
  );
}

/** Students numbered 0…count-1, each with a distinct 证件号码. */
export function numberedStudents(count: number): Array<{ name: string; documentNumber: string }> {
  return Array.from({ length: count }, (_, index) => ({ name: `学生${index + 1}`, documentNumber: `4401062000${String(index).padStart(8, '0')}` }));
}
