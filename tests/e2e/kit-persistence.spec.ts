// The kit's persistence, through a real wizard (the timeline, the smallest): recovery from damaged or older saved work, and the work file.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect as baseExpect, visit } from './fixtures';
import { putSaved } from './saved-work';

// Reading and checking a list takes seconds on a busy CI machine: wait longer than the default 5 s.
const expect = baseExpect.configure({ timeout: 20_000 });

const path = '/wizards/timeline/';
const heading = (page: Page) => page.locator('#wizard-step-title');

const draft = (version: number, context: unknown) => ({ format: 'kaowu-xiangdao.draft', slug: 'timeline', version, savedAt: new Date().toISOString(), value: 'examDate', context });
const examDate = (page: Page) => page.getByLabel('考试日期', { exact: true });

test.describe('saved work', () => {
  test('offers a choice instead of a blank page when the saved progress is damaged', async ({ page }) => {
    await visit(page, path);
    await putSaved(page, 'draft:timeline', draft(1, { broken: true }));
    await page.reload();
    await expect(page.getByRole('heading', { name: '无法直接继续上次保存的工作' })).toBeVisible();
    await expect(page.getByText(/本向导的进度已损坏/)).toBeVisible();
    await expect(page.getByRole('button', { name: '导出已保存的数据' })).toBeVisible();
    await page.getByRole('button', { name: '重新开始' }).click();
    await expect(heading(page)).toHaveText('考试日期是哪一天？');
  });

  test('tries to migrate progress saved by an older version and says why it failed', async ({ page }) => {
    await visit(page, path);
    await putSaved(page, 'draft:timeline', draft(0, {}));
    await page.reload();
    await expect(page.getByText(/旧版本的考务向导保存的/)).toBeVisible();
    await page.getByRole('button', { name: '尝试迁移' }).click();
    await expect(page.getByText('迁移没有成功：没有从第 0 版迁移的方法')).toBeVisible();
  });

  test('exports the work file and imports it on another computer', async ({ page, browser }) => {
    await visit(page, path);
    await examDate(page).fill('2036-06-28');
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '下一步' }).click();
    await expect(heading(page)).toHaveText('考务时间表');
    await expect(page.getByText(/已自动保存/)).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出工作文件' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^考务向导工作文件-\d{4}-\d\d-\d\d\.json$/);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(Object.keys(JSON.parse(text).entries).sort()).toEqual(['draft:timeline', 'workspace']);

    // Another computer: a fresh browser profile.
    const other = await browser.newPage();
    await other.goto(path);
    await expect(heading(other)).toHaveText('考试日期是哪一天？');
    await other.locator('input[type=file][accept*=json]').setInputFiles({ name: 'work.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await other.getByRole('button', { name: '确定导入' }).click();
    await expect(heading(other)).toHaveText('考务时间表');
    await other.getByRole('button', { name: '上一步' }).click();
    await other.getByRole('button', { name: '上一步' }).click();
    await expect(examDate(other)).toHaveValue('2036-06-28');
    await other.close();
  });

  test('refuses a foreign file with a reason and changes nothing', async ({ page }) => {
    await visit(page, path);
    await examDate(page).fill('2036-06-28');
    await page.locator('input[type=file][accept*=json]').setInputFiles({ name: '名单.json', mimeType: 'application/json', buffer: Buffer.from('{"students":[]}') });
    await expect(page.getByRole('alert')).toContainText('没有导入「名单.json」：这不是考务向导导出的工作文件。 本机保存的内容没有任何改变。');
    await expect(examDate(page)).toHaveValue('2036-06-28');
  });
});
