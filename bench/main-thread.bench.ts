/**
 * Main-thread freezes on a 50 000-row list (issue 12), measured on the built site (`dist/`,
 * run `npm run build` first; `BENCH_DIST` points at another build, e.g. the one before a
 * change) in headless Chromium: the long tasks (PerformanceObserver 'longtask', > 50 ms)
 * while the list is read, while its rows are checked, while 问题清单 is written, and (with a
 * list of 50 000 different students, which can all be imported) while the import files are
 * generated and downloaded. The longest one is what a user feels as a frozen page.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { chromium, type Locator, type Page } from 'playwright-core';
import { generateStudents, makeId, type FixtureList } from '../tests/fixtures/candidates';
import type { Benchmark, Figure } from './run';
import { distToBench, serveDist } from './serve-dist';

const rowCount = 50_000;
/** The list with its quirks: `generateStudents` repeats each 证件号码 every 17 964 rows, so every row is in a conflict group. */
function listWithConflicts(): FixtureList {
  const list = generateStudents(rowCount);
  // Every 10th student without a phone, so 问题清单 has 5 000 rows besides the duplicates.
  return { ...list, rows: list.rows.map((row, index) => (index % 10 === 0 ? row.map((cell, column) => (column === 5 ? '' : cell)) : row)) };
}

/** 50 000 different students without a problem, so that every row reaches the import files. */
function listToImport(): FixtureList {
  const list = generateStudents(rowCount);
  return {
    ...list,
    rows: list.rows.map((row, index) => {
      // A birth date out of 3 × 12 × 28 and a sequence number per 1 008 rows: no two rows share a 证件号码.
      const day = index % 1008;
      const birth = `${2003 + Math.floor(day / 336)}${String(Math.floor((day % 336) / 28) + 1).padStart(2, '0')}${String((day % 28) + 1).padStart(2, '0')}`;
      const id = makeId('440106', birth, Math.floor(index / 1008) + 1);
      return [row[0]!, row[1]!, Number(id[16]) % 2 ? '男' : '女', row[3]!, id, ...row.slice(5)];
    }),
  };
}

async function toXlsx(list: FixtureList): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('学生名单');
  sheet.addRow(list.headers);
  for (const row of list.rows) sheet.addRow(row);
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
    const [{ server, origin }, withConflicts, toImport] = await Promise.all([serveDist(), toXlsx(listWithConflicts()), toXlsx(listToImport())]);
    // Chosen from disk as a user does: a buffer would be copied into the page as base64 by Playwright's
    // own script, a main-thread task of half a second that the site does not cause.
    const folder = await mkdtemp(join(tmpdir(), 'main-thread-bench-'));
    const files = { withConflicts: join(folder, '名单.xlsx'), toImport: join(folder, '名单-无问题.xlsx') };
    await writeFile(files.withConflicts, withConflicts);
    await writeFile(files.toImport, toImport);
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
    });
    const timeout = { timeout: 600_000 };
    /** A new page (nothing saved) at the candidate wizard, the list `filePath` read and checked. */
    const readAndCheck = async (filePath: string) => {
      const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
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
      return { page, heading, reading, checking };
    };
    const download = async (page: Page, button: Locator) => {
      const [file] = await Promise.all([page.waitForEvent('download', timeout), button.click()]);
      await file.path();
    };

    try {
      const withProblems = await readAndCheck(files.withConflicts);
      const problems = await longTasksDuring(withProblems.page, () => download(withProblems.page, withProblems.page.getByRole('button', { name: '下载问题清单（.xlsx）' })));

      const { page, heading } = await readAndCheck(files.toImport);
      await page.getByRole('button', { name: '下一步' }).click();
      await heading.filter({ hasText: '本年度的试点专业和规模' }).waitFor(timeout);
      await page.getByLabel('试点专业', { exact: true }).fill('电子商务 530701');
      await page.getByLabel('已批准培训人数', { exact: true }).fill(String(rowCount));
      await page.getByRole('button', { name: '下一步' }).click();
      await heading.filter({ hasText: '院校考生和社会考生' }).waitFor(timeout);
      await page.getByRole('button', { name: '下一步' }).click();
      await heading.filter({ hasText: '核对后生成文件' }).waitFor(timeout);
      const generating = await longTasksDuring(page, async () => {
        await page.getByRole('button', { name: '生成文件' }).click();
        await heading.filter({ hasText: '文件已准备好' }).waitFor(timeout);
      });
      const importFile = await longTasksDuring(page, () => download(page, page.getByRole('button', { name: /下载…/ }).first()));

      const figures: Figure[] = [];
      for (const [phase, measured] of [
        ['reading the list', withProblems.reading],
        ['checking every row', withProblems.checking],
        ['writing 问题清单', problems],
        ['generating the import files (no problem)', generating],
        ['downloading the import file', importFile],
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
