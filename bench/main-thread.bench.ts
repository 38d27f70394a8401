/**
 * Main-thread freezes on a 50 000-row list (issue 12), measured on the built site (`dist/`,
 * run `npm run build` first; `BENCH_DIST` points at another build, e.g. the one before a
 * change) in headless Chromium: the long tasks (PerformanceObserver 'longtask', > 50 ms)
 * while the list is read, while its rows are checked, and while 问题清单 is written.
 * The longest one is what a user feels as a frozen page.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { chromium, type Page } from 'playwright-core';
import { generateStudents } from '../tests/fixtures/candidates';
import type { Benchmark, Figure } from './run';
import { distToBench, serveDist } from './serve-dist';

const rowCount = 50_000;
async function listFile(): Promise<Buffer> {
  const list = generateStudents(rowCount);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('学生名单');
  sheet.addRow(list.headers);
  // Every 10th student without a phone, so 问题清单 has 5 000 rows besides the duplicates.
  list.rows.forEach((row, index) => sheet.addRow(index % 10 === 0 ? row.map((cell, column) => (column === 5 ? '' : cell)) : row));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Run `act` and return the long tasks the page had meanwhile: their count, total and longest, in ms. */
async function longTasksDuring(page: Page, act: () => Promise<unknown>) {
  await page.evaluate(() => ((globalThis as never as { longTasks: number[] }).longTasks.length = 0));
  await act();
  // Let the observer deliver the last entries.
  await page.evaluate(() => new Promise((done) => setTimeout(done, 200)));
  const tasks = await page.evaluate(() => [...(globalThis as never as { longTasks: number[] }).longTasks]);
  return { count: tasks.length, totalMs: Math.round(tasks.reduce((sum, ms) => sum + ms, 0)), longestMs: Math.round(Math.max(0, ...tasks)) };
}

const benchmark: Benchmark = {
  name: `Candidates: main-thread long tasks with a ${rowCount.toLocaleString('en-US')}-row list, built site (${distToBench})`,
  async run() {
    const [{ server, origin }, file] = await Promise.all([serveDist(), listFile()]);
    // Chosen from disk as a user does: a buffer would be copied into the page as base64 by Playwright's
    // own script, a main-thread task of half a second that the site does not cause.
    const folder = await mkdtemp(join(tmpdir(), 'main-thread-bench-'));
    const filePath = join(folder, '名单.xlsx');
    await writeFile(filePath, file);
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
    });
    try {
      const page = await browser.newPage({ acceptDownloads: true });
      await page.addInitScript(() => {
        const longTasks: number[] = [];
        (globalThis as never as { longTasks: number[] }).longTasks = longTasks;
        new PerformanceObserver((list) => list.getEntries().forEach((entry) => longTasks.push(entry.duration))).observe({ type: 'longtask', buffered: true });
      });
      await page.goto(`${origin}/wizards/candidates/`);
      const heading = page.locator('#wizard-step-title');
      await page.getByLabel('学校名称', { exact: true }).fill('某某职业学院');
      await page.getByRole('button', { name: '下一步' }).click();
      await page.getByLabel('上传表格文件', { exact: true }).check();
      await page.getByRole('button', { name: '下一步' }).click();
      await heading.filter({ hasText: '上传学生名单' }).waitFor();
      const timeout = { timeout: 600_000 };

      const reading = await longTasksDuring(page, async () => {
        await page.getByLabel('学生名单文件', { exact: true }).setInputFiles(filePath);
        await heading.filter({ hasText: '核对每一列的含义' }).waitFor(timeout);
      });
      await page.getByRole('button', { name: '下一步' }).click();
      await heading.filter({ hasText: '拼音中的 ü 怎样写？' }).waitFor();
      const checking = await longTasksDuring(page, async () => {
        await page.getByRole('button', { name: '开始检查' }).click();
        await heading.filter({ hasText: '检查结果' }).waitFor(timeout);
      });
      const problems = await longTasksDuring(page, async () => {
        const [download] = await Promise.all([page.waitForEvent('download', timeout), page.getByRole('button', { name: '下载问题清单（.xlsx）' }).click()]);
        await download.path();
      });
      const figures: Figure[] = [];
      for (const [phase, measured] of [
        ['reading the list', reading],
        ['checking every row', checking],
        ['writing 问题清单', problems],
      ] as const) {
        figures.push({ label: `${phase}: longest main-thread task`, value: measured.longestMs, unit: 'ms', target: '< 200' });
        figures.push({ label: `${phase}: long tasks (count, total ms)`, value: measured.totalMs, unit: `ms in ${measured.count}` });
      }
      return figures;
    } finally {
      await browser.close();
      server.close();
      await rm(folder, { recursive: true, force: true });
    }
  },
};

export default benchmark;
