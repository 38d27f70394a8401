import { withCandidates } from '../fixtures/workspace';
import { downloadFile, expectDocumentFitsA4, openWizardWith, pressMainButton, screenTitle } from './exam-run';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { readFile } from 'node:fs/promises';
import { readCalendarEvents } from '../fixtures/read-calendar';

test('dates every milestone from the exam date and writes a calendar file and a one-page timeline', async ({ page }) => {
  await openWizardWith(page, 'timeline', withCandidates);
  await expect(screenTitle(page)).toHaveText('考试日期是哪一天？');
  // An exam date in the past: a clear message, and the date typed stays.
  await page.getByLabel('考试日期', { exact: true }).fill('2020-06-27');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('考试日期 2020年6月27日（周六） 已经过去');
  await expect(page.getByLabel('考试日期', { exact: true })).toHaveValue('2020-06-27');
  await page.getByLabel('考试日期', { exact: true }).fill('2036-06-28');
  await pressMainButton(page);

  await expect(screenTitle(page)).toHaveText('考核计划上的时间（可不填）');
  await page.getByRole('group', { name: '成绩公示时间' }).getByLabel('开始日期').fill('2036-07-14');
  await page.getByRole('group', { name: '成绩公示时间' }).getByLabel('结束日期').fill('2036-07-20');
  await pressMainButton(page);

  await expect(screenTitle(page)).toHaveText('考务时间表');
  await expect(page.getByRole('row', { name: /考试报名/ })).toContainText('2036年6月10日（周二）');
  await expect(page.getByRole('row', { name: /成绩公示/ })).toContainText('2036年7月14日（周一） 至 2036年7月20日（周日）');
  await page.getByRole('row', { name: /考试报名/ }).getByText(/怎么算的/).click();
  await expect(page.getByRole('row', { name: /考试报名/ })).toContainText('往前数第二周是 6月9日 周一 至 6月15日 周日，其中周二是 2036年6月10日（周二）');
  await expectNoAxeViolations(page);

  const download = await downloadFile(page, '考务时间表-2036-06-28.ics');
  const events = readCalendarEvents(await readFile((await download.path())!, 'utf8'));
  // The plan's 成绩公示时间 dates 成绩公示 itself (one event); 报考时间 not entered, so registration is the rule's fallback.
  expect(events).toHaveLength(7);
  const registration = events.find((event) => event.summary === '考试报名截止（按手册推算）')!;
  expect([registration.start, registration.end, registration.isAllDay]).toEqual(['2036-06-10', '2036-06-11', true]);
  expect(registration.url).toBe(new URL('/registration/enrolment/', page.url()).href);
  expect(events.find((event) => event.summary === '成绩公示')).toMatchObject({ start: '2036-07-14', end: '2036-07-21' });

  await page.getByRole('button', { name: '查看并打印一页考务时间表' }).click();
  expect(await expectDocumentFitsA4(page)).toBe(1);
});
