/**
 * Driving the photo wizard in browser tests: seeding the school workspace through the
 * 工作文件 import, choosing photos, and reading downloads back.
 */
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import type { Download, Page } from '@playwright/test';
import { expect, visit } from './fixtures';
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

/** Wait until the worker has checked every photo and the review screen shows. */
export async function waitForReview(page: Page, timeout = 60_000) {
  await expect(page.getByRole('heading', { name: '照片检查结果' })).toBeVisible({ timeout });
}
