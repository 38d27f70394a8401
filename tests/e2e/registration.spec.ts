import { enrolmentTemplate } from '../../src/domain/enrolment/facts';
import { buildEnrolmentRow } from '../../src/domain/enrolment/rules';
import { futureExamDate } from '../fixtures/exam-plan';
import { withCandidates } from '../fixtures/workspace';
import { downloadFile, openWizardWith, pressMainButton, readWorkbook, rowValues, screenTitle } from './exam-run';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';

const planName = '2036年第三次网店运营推广全国统考';
const site = { code: '0011000123', name: '北京示范职业学校网店运营推广职业技能等级证书' };
const times = {
  初级: { theory: ['14:00', '15:00'], practical: ['15:15', '17:45'] },
  中级: { theory: ['08:30', '09:30'], practical: ['09:45', '11:45'] },
} as const;

test('walks from the candidate workspace to a 按证书导入 file read back cell by cell', async ({ page }) => {
  await openWizardWith(page, 'registration', withCandidates);
  await expect(page.getByText(`学校工作区中有 ${withCandidates.candidates.length} 名已检查的考生`)).toBeVisible();
  await pressMainButton(page);

  await expect(screenTitle(page)).toHaveText('填写考核计划');
  await page.getByLabel('计划名称').fill(planName);
  await page.getByLabel('考核所属年度').fill('2036');
  await page.getByRole('group', { name: '报考时间（可不填）' }).getByLabel('开始日期').fill('2036-04-16');
  await page.getByRole('group', { name: '报考时间（可不填）' }).getByLabel('结束日期').fill('2036-06-10');
  await page.keyboard.press('Enter');

  await expect(screenTitle(page)).toHaveText('本次考试的级别和科目考试时间');
  for (const level of ['初级', '中级'] as const) {
    await page.getByLabel(`本次有考生参加${level}`).check();
    for (const [part, kind] of [['theory', '理论'], ['practical', '实操']] as const) {
      const group = page.getByRole('group', { name: new RegExp(`^${level}${kind}`) });
      await group.getByLabel('考试日期').fill(level === '初级' && part === 'theory' ? '2020-06-27' : futureExamDate);
      await group.getByLabel('开始时间').fill(times[level][part][0]);
      await group.getByLabel('结束时间').fill(times[level][part][1]);
    }
  }
  await pressMainButton(page);
  // An exam date in the past is refused with a clear message, and nothing typed is lost.
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('初级理论：考试日期 2020年6月27日（周六） 已经过去');
  await expect(page.locator('.wizard-error-summary')).toBeFocused();
  await expect(page.getByRole('group', { name: /^初级实操/ }).getByLabel('结束时间')).toHaveValue('17:45');
  await summary.getByRole('link').first().click();
  await expect(page.getByRole('group', { name: /^初级理论/ }).getByLabel('考试日期')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(futureExamDate);
  await page.keyboard.press('Enter');

  await expect(screenTitle(page)).toHaveText('为每位考生选择报考级别');
  await page.getByLabel('2023级 电子商务（50 人）').selectOption('初级');
  await page.getByLabel('2024级 电子商务（30 人）').selectOption('初级');
  await page.getByLabel('2024级 市场营销（10 人）').selectOption('中级');
  await expectNoAxeViolations(page);
  await pressMainButton(page);

  await expect(screenTitle(page)).toHaveText('哪些考生在平台上已是“信息准确”？');
  await pressMainButton(page);
  await expect(page.getByRole('alert')).toContainText('还没有考生标为“信息准确”');
  await page.getByLabel('全部 90 名考生都已是“信息准确”').check();
  await pressMainButton(page);

  await expect(screenTitle(page)).toHaveText('考核站点');
  await expect(page.getByLabel('考核站点名称')).toHaveValue(site.name);
  await page.getByLabel('考核站点编号').fill(site.code);
  await pressMainButton(page);

  await expect(screenTitle(page)).toHaveText('本省是否已公布考核费用标准？');
  await page.getByLabel('还没有公布').check();
  await pressMainButton(page);

  await expect(screenTitle(page)).toHaveText('检查您的答案');
  await expect(page.locator('.wizard-summary-list')).toContainText('初级 80 人，中级 10 人');
  await pressMainButton(page, '生成报考文件');

  await expect(screenTitle(page)).toHaveText('报考文件已准备好');
  await expect(page.locator('.wizard-step')).toContainText('「考务管理-报考记录」中应有 180 条记录（90 名 × 2）');
  await expect(page.locator('.wizard-step')).toContainText('报名截止日是 2036年6月10日（周二）');
  await expect(page.getByRole('row', { name: /合计/ })).toContainText('34000');
  await expectNoAxeViolations(page);

  const download = await downloadFile(page, `按证书导入报考-${planName}.xlsx`);
  const sheet = (await readWorkbook(download)).worksheets[0]!;
  expect(rowValues(sheet, 2)).toEqual(enrolmentTemplate.columns.map((column) => `*${column}`));
  expect(sheet.rowCount).toBe(2 + withCandidates.candidates.length);
  withCandidates.candidates.forEach((candidate, index) => {
    const row = buildEnrolmentRow(candidate, index < 80 ? '初级' : '中级', site);
    expect(rowValues(sheet, 3 + index)).toEqual(enrolmentTemplate.columns.map((column) => row[column]));
  });
});

test('resumes on the same screen with everything typed after a reload', async ({ page }) => {
  await openWizardWith(page, 'registration', withCandidates);
  await pressMainButton(page);
  await page.getByLabel('计划名称').fill(planName);
  // Autosave writes shortly after the last keystroke: wait for a save stamped after the typing.
  const typedAt = await page.evaluate(() => Date.now());
  await expect.poll(async () => Date.parse((await page.locator('.wizard-save-status').getAttribute('data-saved-at')) ?? '') >= typedAt).toBe(true);
  await page.reload();
  await expect(screenTitle(page)).toHaveText('填写考核计划');
  await expect(page.getByLabel('计划名称')).toHaveValue(planName);
});
