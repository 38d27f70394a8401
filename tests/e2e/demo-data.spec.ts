// 演示数据 in the wizard kit: the sample school loads with one click, is marked, and never mixes with the user's own work.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect as baseExpect, visit } from './fixtures';
import { sampleSchoolName } from '../../wizards/demo/sample-school';
import type { WorkMode } from '../../wizards/kit/work-mode';
import { readSavedWork } from './saved-work';
import { expectNoAxeViolations } from './axe';
import { completePilot } from '../fixtures/pilot';

// Loading a wizard and its saved work takes a few seconds on a busy CI machine.
const expect = baseExpect.configure({ timeout: 20_000 });

// The pilot wizard: its first screen holds the school's name, which the sample school fills in.
const path = '/wizards/pilot/';
const heading = (page: Page) => page.locator('#wizard-step-title');
const banner = (page: Page) => page.getByRole('region', { name: /演示数据/ }).filter({ has: page.getByRole('button', { name: '清除演示数据' }) });
const schoolName = (page: Page) => page.getByLabel('院校名称', { exact: true });
const firstScreen = '本次申报的批次和时间';
const secondScreen = '申请的专业和培训人数';

/** Answer the rest of the first screen (the batch and its dates) and move on. */
async function answerBatchAndGoOn(page: Page) {
  await page.getByLabel('申报批次').fill(completePilot.batch);
  await page.getByLabel('申报开始日期').fill(completePilot.windowStart);
  await page.getByLabel('申报截止日期').fill(completePilot.windowEnd);
  await page.getByRole('button', { name: '下一步' }).click();
}

/** Wait until `mode`'s pilot draft is stored at the second screen: 已自动保存 may still be the save made while typing. */
async function waitForSecondScreenSaved(page: Page, mode: WorkMode) {
  await expect.poll(async () => ((await readSavedWork(page, mode))['draft:pilot'] as { value?: unknown } | undefined)?.value).toBe('majors');
}

/** Type the user's own school and move on, so there is own work saved. */
async function saveOwnWork(page: Page) {
  await expect(heading(page)).toHaveText(firstScreen);
  await schoolName(page).fill('我的学校');
  await answerBatchAndGoOn(page);
  await expect(heading(page)).toHaveText(secondScreen);
  await waitForSecondScreenSaved(page, 'own');
}

/** In the demo: take the sample school's name and move on, so there is demo progress saved. */
async function makeDemoProgress(page: Page) {
  await expect(schoolName(page)).toHaveValue(sampleSchoolName);
  await answerBatchAndGoOn(page);
  await expect(heading(page)).toHaveText(secondScreen);
  await expect(page.getByText('（保存在本机浏览器的演示数据中）')).toBeVisible();
  await waitForSecondScreenSaved(page, 'demo');
}

test.describe('demo data', () => {
  test('loads the sample school with one click and marks it', async ({ page }) => {
    await visit(page, path);
    await expect(banner(page)).toHaveCount(0);
    await page.getByRole('button', { name: '载入演示数据' }).click();
    await expect(banner(page)).toBeVisible();
    await expect(banner(page)).toContainText('演示数据');
    expect(new URL(page.url()).searchParams.get('demo')).toBe('1');
    await expect(schoolName(page)).toHaveValue(sampleSchoolName);
    await expect(page.locator('html')).toHaveAttribute('data-work-mode', 'demo');
  });

  test('keeps the user’s own work when the demo is loaded, changed and cleared', async ({ page }) => {
    await visit(page, path);
    await saveOwnWork(page);
    await page.getByRole('button', { name: '载入演示数据' }).click();
    await expect(heading(page)).toHaveText(firstScreen);
    await makeDemoProgress(page);

    await page.getByRole('button', { name: '清除演示数据' }).click();
    await expect(banner(page)).toHaveCount(0);
    expect(new URL(page.url()).searchParams.has('demo')).toBe(false);
    await expect(heading(page)).toHaveText(secondScreen);
    await page.getByRole('button', { name: '上一步' }).click();
    await expect(schoolName(page)).toHaveValue('我的学校');
    expect(await readSavedWork(page, 'demo')).toEqual({});
    expect((await readSavedWork(page, 'own'))['draft:pilot']).toMatchObject({ context: { form: { schoolName: '我的学校' } } });
  });

  test('keeps the demo’s progress apart from the user’s own work, both ways', async ({ page }) => {
    await visit(page, `${path}?demo=1`);
    await makeDemoProgress(page);

    await page.getByRole('button', { name: '退出演示' }).click();
    await expect(banner(page)).toHaveCount(0);
    await expect(schoolName(page)).toHaveValue('');
    await saveOwnWork(page);

    await visit(page, `${path}?demo=1`);
    await expect(heading(page)).toHaveText(secondScreen);
    await page.getByRole('button', { name: '上一步' }).click();
    await expect(schoolName(page)).toHaveValue(sampleSchoolName);
    await page.getByRole('button', { name: '清除演示数据' }).click();

    await expect(heading(page)).toHaveText(secondScreen);
    await page.getByRole('button', { name: '上一步' }).click();
    await expect(schoolName(page)).toHaveValue('我的学校');
    const own = await readSavedWork(page, 'own');
    expect(JSON.stringify(own)).not.toContain(sampleSchoolName);
  });

  test('starts the sample school afresh with 重新载入演示数据', async ({ page }) => {
    await visit(page, `${path}?demo=1`);
    await makeDemoProgress(page);
    await page.getByRole('button', { name: '重新载入演示数据' }).click();
    await expect(heading(page)).toHaveText(firstScreen);
    await expect(schoolName(page)).toHaveValue(sampleSchoolName);
  });

  test('stays in the demo on other wizard pages of the same tab', async ({ page }) => {
    await visit(page, `${path}?demo=1`);
    await expect(banner(page)).toBeVisible();
    await visit(page, '/wizards/');
    await visit(page, path);
    await expect(banner(page)).toBeVisible();
    await expect(schoolName(page)).toHaveValue(sampleSchoolName);
  });

  test('marks the demo’s work file, and the user’s own work refuses it', async ({ page }) => {
    await visit(page, `${path}?demo=1`);
    await makeDemoProgress(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出工作文件' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^演示数据-考务向导工作文件-\d{4}-\d\d-\d\d\.json$/);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(text).mode).toBe('demo');

    await page.getByRole('button', { name: '退出演示' }).click();
    await saveOwnWork(page);
    await page.locator('input[type=file][accept*=json]').setInputFiles({ name: 'demo.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(page.getByRole('alert')).toContainText('这是演示数据的工作文件，不能导入到您自己的工作中。');
    await page.getByRole('button', { name: '上一步' }).click();
    await expect(schoolName(page)).toHaveValue('我的学校');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`passes axe with the demo banner and step marker in the ${colorScheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await visit(page, `${path}?demo=1`);
      await expect(banner(page)).toBeVisible();
      await expect(schoolName(page)).toHaveValue(sampleSchoolName);
      await expectNoAxeViolations(page);
    });
  }
});
