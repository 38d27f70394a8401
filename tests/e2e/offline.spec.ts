// Offline use: after one visit, guides, search and wizards work with no network; a new version takes over cleanly.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { distDir } from './built-pages';
import { test, expect as baseExpect, toSiteUrl, visit } from './fixtures';
import { searchSite } from './search';

// Filling the cache downloads the whole site once: allow for a busy machine.
const expect = baseExpect.configure({ timeout: 30_000 });

test.use({ serviceWorkers: 'allow' });

/** Wait until the service worker controls the page and its cache holds the whole site. */
async function waitUntilCached(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await expect
    .poll(() => page.evaluate(async () => (await caches.keys()).some((name) => name.startsWith('kaowu-xiangdao-site-'))))
    .toBe(true);
}

/** Every cache of the site, with the number of files in it. */
function listSiteCaches(page: Page) {
  return page.evaluate(async () => {
    const names = (await caches.keys()).filter((name) => name.startsWith('kaowu-xiangdao-site-'));
    return Promise.all(names.map(async (name) => ({ name, files: (await (await caches.open(name)).keys()).length })));
  });
}

const notice = (page: Page) => page.getByRole('status').filter({ hasText: '网站已更新' });

async function goOffline(context: BrowserContext) {
  await context.setOffline(true);
}

test.describe('offline', () => {
  test('shows guides, searches and runs a wizard with no network after the first visit', async ({ page, context }) => {
    await visit(page, '/');
    await waitUntilCached(page);
    await goOffline(context);

    await page.goto(toSiteUrl('/exam-day/emergencies/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('应急处理');

    const results = await searchSite(page, '停电');
    expect(results).toContain('/exam-day/emergencies/');
    await page.getByRole('button', { name: '搜索' }).first().click();
    await page.getByRole('dialog').getByRole('textbox', { name: '搜索' }).fill('证书级别');
    await expect(page.getByRole('dialog').getByRole('link', { name: /证书与考试概览/ }).first()).toBeVisible();
    await page.keyboard.press('Escape');

    // A wizard with the sample school, through to a step that loads pinyin-pro lazily.
    await page.goto(toSiteUrl('/wizards/candidates/?demo=1#source'));
    await expect(page.locator('#wizard-step-title')).toHaveText('怎样提供学生名单？');
    await page.getByLabel('从表格中复制粘贴', { exact: true }).check();
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByLabel('学生名单', { exact: true }).fill('姓名\t证件号码\n欧阳晓彤\tH00000050');
    await page.getByRole('button', { name: '下一步' }).click();
    await expect(page.locator('#wizard-step-title')).toHaveText('核对每一列的含义');
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '开始检查' }).click();
    await expect(page.locator('#wizard-step-title')).toHaveText('检查结果');
    await expect(page.getByLabel('第 2 行 姓名拼音', { exact: true })).toHaveValue('Ouyang Xiaotong');
  });

  test('tells the user 「网站已更新」 and lets the new version take over on 重新加载', async ({ page, context }) => {
    await visit(page, '/start/overview/');
    await waitUntilCached(page);
    const [before] = await listSiteCaches(page);

    // The next build, as the server would deliver it: the same files under a new version. The browser fetches
    // a service worker's script outside Playwright's routing, so the built file is swapped until the test ends.
    const workerFile = join(distDir, 'sw.js');
    const built = readFileSync(workerFile, 'utf8');
    try {
      writeFileSync(workerFile, built.replace(/version:"(\w+)"/, (_, version: string) => `version:"${[...version].reverse().join('')}"`));
      await page.reload();
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      await expect(notice(page)).toBeVisible();
      // The new version waits with its own complete cache; the old one keeps serving this page until the user chooses.
      expect((await listSiteCaches(page)).map((cache) => cache.files)).toEqual([before!.files, before!.files]);

      await Promise.all([page.waitForEvent('load'), notice(page).getByRole('button', { name: '重新加载' }).click()]);
      await expect.poll(() => listSiteCaches(page)).toEqual([{ name: expect.not.stringMatching(before!.name), files: before!.files }]);
      await expect(notice(page)).toHaveCount(0);
      await goOffline(context);
      await page.goto(toSiteUrl('/wizards/'));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('填表向导');
    } finally {
      writeFileSync(workerFile, built);
    }
  });
});
