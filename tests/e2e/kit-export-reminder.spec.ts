// The quiet reminder to export (issue 15): once the saved work has held changes no work file carries for more than
// 14 days, every wizard page says so beside the 工作文件 controls, as a status line; 导出工作文件 makes it go.
// "Now" is the real time: the stored record is dated relative to it, so no clock is faked and nothing waits for time.
import type { Page } from '@playwright/test';
import { withCandidates } from '../fixtures/workspace';
import { historyKey, type WorkHistory } from '../../wizards/kit/work-history';
import { expectNoAxeViolations } from './axe';
import { test, expect as baseExpect, visit } from './fixtures';
import { exportWorkFile, screenHeading } from './kit-work-files';
import { putSaved, readSaved } from './saved-work';

// Loading a wizard and its saved work takes a few seconds on a busy machine.
const expect = baseExpect.configure({ timeout: 20_000 });

const dayMs = 24 * 60 * 60 * 1000;
/** A moment `days` whole days and an hour ago (the hour keeps the count whole however long the test takes). */
const daysAgo = (days: number) => new Date(Date.now() - days * dayMs - 60 * 60 * 1000);
/** A day as the page writes it in the tests' time zone (Asia/Shanghai, UTC+8), e.g. 2026年11月3日. */
const chineseDay = (date: Date) => {
  const local = new Date(date.getTime() + 8 * 60 * 60 * 1000);
  return `${local.getUTCFullYear()}年${local.getUTCMonth() + 1}月${local.getUTCDate()}日`;
};

const reminder = (page: Page) => page.getByRole('status').filter({ hasText: '天的修改还没有导出' });

/** Store the school's workspace with a history saying it changed `changedDaysAgo` days ago and no work file holds that change. */
async function storeUnexportedWork(page: Page, changedDaysAgo: number, exportedAt: Date | null) {
  await visit(page, '/wizards/timeline/');
  const changed = daysAgo(changedDaysAgo).toISOString();
  const history: WorkHistory = { exportedAt: exportedAt?.toISOString() ?? null, parts: { workspace: { revision: 1, changedAt: changed, unexportedSince: changed } } };
  await putSaved(page, 'workspace', withCandidates);
  await putSaved(page, historyKey, history);
}

/** Open a wizard and wait until it shows its step and the 工作文件 controls. */
async function openWizard(page: Page, slug: string) {
  await visit(page, `/wizards/${slug}/`);
  await expect(screenHeading(page)).toBeVisible();
  await expect(page.getByRole('button', { name: '导出工作文件' })).toBeVisible();
}

test.describe('the reminder to export', () => {
  test('shows on every wizard page when changes are 20 days old, passes axe, and goes once 导出工作文件 is done', async ({ page }) => {
    const lastExport = daysAgo(31);
    await storeUnexportedWork(page, 20, lastExport);

    for (const slug of ['candidates', 'timeline']) {
      await openWizard(page, slug);
      await expect(reminder(page)).toHaveText(
        `有 20 天的修改还没有导出。浏览器数据被清除时，这些工作会丢失：请用「导出工作文件」保存一份。上次导出：${chineseDay(lastExport)}。`,
      );
      await expect(reminder(page), 'a quiet line, not an alert').not.toHaveAttribute('role', 'alert');
    }
    await expectNoAxeViolations(page, 'timeline wizard with the export reminder');

    const exported = await exportWorkFile(page);
    expect(Object.keys(exported.body.entries)).toContain('workspace');
    await expect(reminder(page)).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: '已导出工作文件' })).toBeVisible();
    // The export is recorded in the store: another page (or this one reloaded) does not remind either.
    expect(((await readSaved(page, historyKey)) as WorkHistory).parts.workspace?.unexportedSince).toBeNull();
    await openWizard(page, 'candidates');
    await expect(reminder(page)).toHaveCount(0);
  });

  test('says no work file was ever exported when none was', async ({ page }) => {
    await storeUnexportedWork(page, 15, null);
    await openWizard(page, 'rooms');
    await expect(reminder(page)).toContainText('有 15 天的修改还没有导出。');
    await expect(reminder(page)).toContainText('还没有导出过工作文件。');
  });

  test('stays away while the oldest change not exported is 13 days old', async ({ page }) => {
    await storeUnexportedWork(page, 13, null);
    await openWizard(page, 'timeline');
    // The controls show with the reminder already decided (both come from the same load).
    await expect(page.locator('.wizard-export-reminder')).toHaveCount(0);
  });
});
