// Two tabs of one browser on the same saved work: neither overwrites the other silently, and each offers the newer state.
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect as baseExpect, visit } from './fixtures';
import { completePilotWizard, screenHeading } from './kit-work-files';
import { readSaved } from './saved-work';

// Loading a wizard and its saved work takes a few seconds on a busy machine.
const expect = baseExpect.configure({ timeout: 20_000 });

const otherTabNotice = (page: Page) => page.getByRole('alert').filter({ hasText: '另一个标签页保存了更新的内容' });
const saveStatus = (page: Page) => page.locator('.wizard-save-status');
const examDate = (page: Page) => page.getByLabel('考试日期', { exact: true });

/** Open a tab of the same browser (the test's context) on `path`, with the site's checks on its console and requests. */
async function openTab(context: BrowserContext, path: string, watch: (page: Page) => void): Promise<Page> {
  const page = await context.newPage();
  watch(page);
  await visit(page, path);
  await expect(screenHeading(page)).toBeVisible();
  return page;
}

test.describe('two tabs', () => {
  test('keep a 学校名称 changed in one wizard when another wizard saves the workspace, and offer the newer state', async ({ page, context }) => {
    const errors: string[] = [];
    const watch = (tab: Page) => tab.on('pageerror', (error) => errors.push(error.message));
    await visit(page, '/wizards/timeline/');
    await expect(screenHeading(page)).toHaveText('考试日期是哪一天？');

    // Another tab: the pilot wizard writes the school's name to the shared workspace.
    const pilot = await openTab(context, '/wizards/pilot/', watch);
    await completePilotWizard(pilot);
    await expect.poll(async () => readSaved(pilot, 'workspace')).toMatchObject({ school: { name: '某某职业技术学院' } });

    // The timeline tab hears of it at once, and says its copy may be older.
    await expect(otherTabNotice(page)).toContainText('各向导共用的学校工作区（学校名称、考生名单等）在另一个标签页中被修改了');
    await expect(saveStatus(page)).not.toContainText('已自动保存');

    // Its own save of the workspace (the exam plan) keeps the other tab's 学校名称.
    await examDate(page).fill('2036-06-28');
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '下一步' }).click();
    await expect(screenHeading(page)).toHaveText('考务时间表');
    await expect.poll(async () => readSaved(page, 'workspace')).toMatchObject({ school: { name: '某某职业技术学院' }, examPlan: { examDate: '2036-06-28' } });

    // 载入最新的内容: the notice goes, the wizard stays where it was.
    await page.getByRole('button', { name: '载入最新的内容' }).click();
    await expect(otherTabNotice(page)).toHaveCount(0);
    await expect(screenHeading(page)).toHaveText('考务时间表');
    await expect(saveStatus(page)).toContainText('已自动保存');
    await pilot.close();
    expect(errors).toEqual([]);
  });

  test('never overwrite the same wizard’s progress saved in the other tab, and let the user choose which to keep', async ({ page, context }) => {
    const errors: string[] = [];
    const watch = (tab: Page) => tab.on('pageerror', (error) => errors.push(error.message));
    await visit(page, '/wizards/timeline/');
    await expect(screenHeading(page)).toHaveText('考试日期是哪一天？');
    const second = await openTab(context, '/wizards/timeline/', watch);

    // The first tab saves; the second hears of it at once and no longer says 「已自动保存」.
    await examDate(page).fill('2036-06-28');
    await page.getByRole('button', { name: '下一步' }).click();
    await expect(screenHeading(page)).toHaveText('考核计划上的时间（可不填）');
    await expect(otherTabNotice(second)).toContainText('本向导在这个浏览器的另一个标签页（或窗口）中也打开着，那里保存了更新的进度');
    await expect(saveStatus(second)).toContainText('另一个标签页保存了更新的内容');

    // The second tab's change is held, not written over the first tab's.
    await examDate(second).fill('2036-07-05');
    await expect(saveStatus(second)).toContainText('没有自动保存');
    await expect(otherTabNotice(second)).toContainText('这个标签页的向导进度还没有保存');
    expect(await readSaved(page, 'draft:timeline')).toMatchObject({ value: 'windows', context: { examDate: '2036-06-28' } });

    // The user keeps the second tab's: it is written, and the first tab is told in turn.
    await second.getByRole('button', { name: '保留这个标签页的内容' }).click();
    await expect(otherTabNotice(second)).toHaveCount(0);
    await expect(examDate(second)).toHaveValue('2036-07-05');
    await expect.poll(async () => readSaved(page, 'draft:timeline')).toMatchObject({ value: 'examDate', context: { examDate: '2036-07-05' } });
    await expect(otherTabNotice(page)).toBeVisible();

    // The first tab loads the newer state.
    await page.getByRole('button', { name: '载入最新的内容' }).click();
    await expect(otherTabNotice(page)).toHaveCount(0);
    await expect(screenHeading(page)).toHaveText('考试日期是哪一天？');
    await expect(examDate(page)).toHaveValue('2036-07-05');
    await second.close();
    expect(errors).toEqual([]);
  });
});
