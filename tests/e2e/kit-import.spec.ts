// Importing a 工作文件 through a real wizard: every entry checked before anything changes, a clear reason for each
// refusal, the confirmation saying what the file holds and what it replaces, one transaction, and 撤销导入.
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { withCandidates } from '../fixtures/workspace';
import { buildFixtureWorkFile } from '../fixtures/work-files';
import { test, expect as baseExpect, visit } from './fixtures';
import { openKitFixture } from './kit-fixture';
import { chooseWorkFile, screenHeading } from './kit-work-files';
import { readSaved, readSavedWork } from './saved-work';

// Loading a wizard and its saved work takes a few seconds on a busy machine.
const expect = baseExpect.configure({ timeout: 20_000 });

const path = '/wizards/timeline/';
const refusal = (page: Page) => page.getByRole('alert').filter({ hasText: '没有导入' });

/** Save progress in the timeline wizard: the exam date typed, on its second screen. */
async function saveTimelineProgress(page: Page) {
  await visit(page, path);
  await page.getByLabel('考试日期', { exact: true }).fill('2036-06-28');
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(screenHeading(page)).toHaveText('考核计划上的时间（可不填）');
  await expect(page.getByText(/已自动保存/)).toBeVisible();
}

/** The saved progress is still there, and a reload resumes it. */
async function expectProgressKept(page: Page) {
  expect(await readSaved(page, 'draft:timeline')).toMatchObject({ value: 'windows', context: { examDate: '2036-06-28' } });
  await page.reload();
  await expect(screenHeading(page)).toHaveText('考核计划上的时间（可不填）');
}

/** A work file's text around `entries` (JSON text, so it may hold what JSON.stringify cannot write). */
const workFileText = (entries: string, version = '1') =>
  `{"format":"kaowu-xiangdao.work-file","version":${version},"exportedAt":"2026-05-01T08:00:00.000Z","entries":${entries}}`;

test.describe('importing a work file', () => {
  test('refuses a file whose other wizard’s progress nests 200 000 lists deep, and keeps the saved work', async ({ page }) => {
    await saveTimelineProgress(page);
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const draft = `{"format":"kaowu-xiangdao.draft","slug":"pilot","version":1,"savedAt":"2026-05-01T08:00:00.000Z","value":"batch","context":${deep}}`;
    await chooseWorkFile(page, { name: 'deep.json', text: workFileText(`{"workspace":${JSON.stringify(withCandidates)},"draft:pilot":${draft}}`) });
    await expect(refusal(page)).toContainText('没有导入「deep.json」：「试点申报」的进度嵌套超过 64 层');
    await expect(refusal(page)).toContainText('本机保存的内容没有任何改变。');
    await expect(page.getByRole('button', { name: '确定导入' })).toHaveCount(0);
    await expectProgressKept(page);
  });

  test('refuses a file with nothing in it, which would erase everything saved', async ({ page }) => {
    await saveTimelineProgress(page);
    await chooseWorkFile(page, { name: 'empty.json', text: workFileText('{}') });
    await expect(refusal(page)).toContainText('没有导入「empty.json」：工作文件是空的，没有学校工作区，也没有任何向导的进度');
    await expectProgressKept(page);
  });

  test('checks another wizard’s progress against that wizard’s own schema', async ({ page }) => {
    await saveTimelineProgress(page);
    const draft = { format: 'kaowu-xiangdao.draft', slug: 'pilot', version: 1, savedAt: '2026-05-01T08:00:00.000Z', value: 'batch', context: { form: 5 } };
    await chooseWorkFile(page, { name: 'damaged.json', text: workFileText(JSON.stringify({ 'draft:pilot': draft })) });
    await expect(refusal(page)).toContainText('没有导入「damaged.json」：「试点申报」的进度已损坏：「form」不符合要求');
    await expectProgressKept(page);
  });

  test('gives the precise reason for each version a file may carry', async ({ page }) => {
    await saveTimelineProgress(page);
    for (const [version, reason] of [
      ['"1"', '工作文件的版本号应是数字 1，这里却是文字 "1"（带引号）'],
      ['0', '工作文件的版本号 0 无效：版本号是从 1 开始的整数'],
      ['-7', '工作文件的版本号 -7 无效：版本号是从 1 开始的整数'],
      ['2', '这个工作文件来自更新版本的考务向导（第 2 版）'],
    ] as const) {
      await chooseWorkFile(page, { name: `version-${version}.json`, text: workFileText(`{"workspace":${JSON.stringify(withCandidates)}}`, version) });
      await expect(refusal(page)).toContainText(reason);
    }
    await expectProgressKept(page);
  });

  test('refuses a file over the size limit before reading it', async ({ page }) => {
    await saveTimelineProgress(page);
    const folder = mkdtempSync(join(tmpdir(), 'kit-import-'));
    try {
      // 101 MB on disk without writing them: a sparse file.
      const file = join(folder, '很大的工作文件.json');
      writeFileSync(file, '');
      truncateSync(file, 101 * 1024 * 1024);
      await chooseWorkFile(page, file);
      await expect(refusal(page)).toContainText('没有导入「很大的工作文件.json」：文件有 101.0 MB，超过了工作文件的上限 100 MB，所以没有读取它。');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    await expectProgressKept(page);
  });

  test('says what the file holds and what it replaces, and 撤销导入 puts the replaced work back', async ({ page }) => {
    await saveTimelineProgress(page);
    await chooseWorkFile(page, { name: '同事的工作.json', text: buildFixtureWorkFile(withCandidates) });
    const confirmation = page.getByRole('alertdialog');
    await expect(confirmation).toContainText('导入「同事的工作.json」（导出于 2026年5月1日 16:00）吗？');
    await expect(confirmation).toContainText('文件中有：学校「北京示范职业学校」，90 名考生；向导进度：无。');
    await expect(confirmation).toContainText('导入会替换这台电脑上现在保存的全部工作：没有学校工作区；向导进度：「考务时间表」。被替换的工作会自动留作备份');
    await page.getByRole('button', { name: '确定导入' }).click();

    await expect(screenHeading(page)).toHaveText('考试日期是哪一天？');
    await expect(page.getByRole('status').filter({ hasText: '已导入工作文件「同事的工作.json」' })).toBeVisible();
    expect(await readSavedWork(page, 'own')).toMatchObject({ workspace: { school: { name: '北京示范职业学校' } } });
    expect(await readSaved(page, 'draft:timeline')).toBeUndefined();

    // A reload keeps the offer: the backup lives in the store.
    await page.reload();
    await expect(page.getByText(/导入了工作文件「同事的工作.json」，导入前的工作已自动备份/)).toBeVisible();
    await page.getByRole('button', { name: '撤销导入' }).click();
    await expect(screenHeading(page)).toHaveText('考核计划上的时间（可不填）');
    await expect(page.getByRole('status').filter({ hasText: '已撤销导入' })).toBeVisible();
    await expect(page.getByRole('button', { name: '撤销导入' })).toHaveCount(0);
    const saved = await readSavedWork(page, 'own');
    expect(saved.workspace).toBeUndefined();
    expect(saved['draft:timeline']).toMatchObject({ value: 'windows', context: { examDate: '2036-06-28' } });
  });
});

test.describe('the browser store', () => {
  test('writes all or nothing: a value too deep to store leaves every saved value in place', async ({ page }) => {
    await openKitFixture(page, 'storage');
    const outcome = await page.evaluate(async () => {
      const store = await window.kitStorage.openWizardStore('own');
      await store.replaceAll([['workspace', { version: 1 }], ['draft:timeline', { saved: true }]]);
      let deep: unknown = [];
      for (let level = 0; level < 200_000; level += 1) deep = [deep];
      const replaced = await store.replaceAll([['draft:pilot', deep]]).then(() => 'written', (error: Error) => error.message);
      const afterReplace = await store.entries();
      const work = window.kitStorage.createWorkStore(store, 'own');
      const imported = await work.importWork([['draft:pilot', deep]], 'deep.json', new Date()).then(() => 'written', (error: Error) => error.message);
      return { replaced, afterReplace, imported, afterImport: await work.entries(), backup: await work.readImportBackup() };
    });
    expect(outcome.replaced).toMatch(/call stack/i);
    expect(outcome.afterReplace).toEqual([['draft:timeline', { saved: true }], ['workspace', { version: 1 }]]);
    expect(outcome.imported).toMatch(/call stack/i);
    expect(outcome.afterImport).toEqual([['draft:timeline', { saved: true }], ['workspace', { version: 1 }]]);
    expect(outcome.backup).toBeNull();
  });
});
