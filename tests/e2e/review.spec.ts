// The review wizard end to end: deadline, bad input kept, the 成绩复查表 downloaded and read back.
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { test, expect, visit } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { coveredYears } from '../../src/domain/calendar/holiday-data';
import { reviewContact, reviewForm, reviewReceipt } from '../../src/domain/scores/facts';
import { twoStudents } from '../fixtures/review';
import { scoreColumnLabels, scoreColumns } from '../../wizards/shared/scores/score-rows';
import type { ReviewFormState } from '../../wizards/review/steps';

const next = (page: Page) => page.getByRole('button', { name: /^(下一步|确认，生成复查表)$/ }).click();

async function fillPlan(page: Page, form: ReviewFormState['form']) {
  await page.getByRole('textbox', { name: '考试计划' }).fill(form.planName);
  await page.getByLabel('成绩公示开始日期').fill(form.publicationStart);
  await page.getByLabel('成绩公示结束日期').fill(form.publicationEnd);
  await page.getByLabel('发送复查申请的日期').fill(form.requestDate);
  await next(page);
}

async function fillStudents(page: Page, state: ReviewFormState) {
  for (const [index, student] of state.students.entries()) {
    await page.getByRole('button', { name: '添加考生' }).click();
    for (const column of scoreColumns) {
      const box = page.getByLabel(`第 ${index + 1} 位考生 ${scoreColumnLabels[column]}`);
      if (column === 'level') await box.selectOption(student.level);
      else await box.fill(student[column]);
    }
  }
}

test.describe('review wizard', () => {
  test('files a request inside the window and downloads the 成绩复查表 named after the school', async ({ page }) => {
    await visit(page, '/wizards/review/');
    await fillPlan(page, twoStudents.form);
    await expect(page.locator('.review-deadline')).toContainText('2021年7月18日');
    await expect(page.getByText('取这个')).toHaveCount(1);
    await next(page);
    await fillStudents(page, twoStudents);
    await next(page);
    await page.getByRole('group', { name: /张三/ }).getByLabel('实操：复查理由').selectOption('wrongTotal');
    await page.getByRole('group', { name: /李四/ }).getByLabel('理论：复查理由').selectOption('noScore');
    await expect(page.getByText('可以复查', { exact: false })).toHaveCount(2);
    await expectNoAxeViolations(page);
    await next(page);
    await page.getByRole('textbox', { name: '试点院校', exact: true }).fill(twoStudents.form.schoolName);
    await page.getByLabel('考务负责人').fill(twoStudents.form.officer);
    await page.getByLabel('联系方式').fill(twoStudents.form.contact);
    await next(page);
    await next(page);

    await expectNoAxeViolations(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /下载/ }).click()]);
    expect(download.suggestedFilename()).toBe('某某职业技术学院-网店运营推广证书复查表.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.getWorksheet('成绩复查表')!;
    const cells = (addresses: string[]) => addresses.map((address) => sheet.getCell(address).value);
    expect(cells(['A1', 'A2', 'B2', 'A3', 'B3', 'D3', 'E3', 'A4', 'B4', 'D4', 'E4'])).toEqual([
      reviewForm.title, '试点院校', '某某职业技术学院', '考务负责人', '王老师', '联系方式', '13812345678', '考试计划', '2021年第三次网店运营推广全国统考', '复分总人数', 2,
    ]);
    expect(sheet.getRow(5).values).toEqual([undefined, ...reviewForm.studentColumns]);
    expect(cells(['A8', 'A9'])).toEqual([reviewForm.reasonLabel, reviewForm.opinionLabel]);
    expect(String(sheet.getCell('B8').value)).toContain('张三：初级实操，合分、登分可能有误');
    expect(String(sheet.getCell('B9').value)).toContain(reviewForm.signatureLine);
    expect(String(sheet.getCell('A10').value)).toContain(reviewContact.email);
    expect(sheet.getRow(6).values).toEqual([undefined, '张三', '11010519491231002X', '2021091600241100', '初级', 72, 58]);
    expect(sheet.getRow(7).values).toEqual([undefined, '李四', '130503196704010016', '0021091600241101', '中级', '无成绩', 66]);
    expect(sheet.getCell('A12').value).toBe(reviewReceipt.titleTemplate.replace('{school}', '某某职业技术学院'));
    expect(sheet.getRow(13).values).toEqual([undefined, ...reviewReceipt.columns]);
    expect(sheet.getRow(14).values).toEqual([undefined, '张三', '初级', '初级实操', 58, '', '']);
    await expect(page.locator('#mail-to')).toHaveText(reviewContact.email);
    await expect(page.locator('#mail-subject')).toHaveText('某某职业技术学院-网店运营推广证书复查表');

    await page.getByRole('button', { name: '我已发送，记下这些考生' }).click();
    await expect(page.getByRole('button', { name: '已记为发送' })).toBeDisabled();
    await page.getByRole('button', { name: '上一步' }).click();
    await page.getByRole('link', { name: '修改 复查考生' }).click();
    await next(page);
    await expect(page.locator('.wizard-error-summary')).toContainText('成绩公示期内复查仅此一次');
  });

  test('says when the holiday data does not cover the year, and shows how the days were counted', async ({ page }) => {
    const year = coveredYears.last + 1;
    await visit(page, '/wizards/review/');
    await fillPlan(page, { ...twoStudents.form, publicationStart: `${year}-09-27`, publicationEnd: `${year}-10-10`, requestDate: `${year}-09-28` });
    await expect(page.getByRole('note')).toContainText(`节假日数据只到 ${coveredYears.last} 年`);
    await expect(page.getByRole('note')).toContainText(`${year} 年的法定节假日和调休还没有收录`);
    await expect(page.getByRole('note')).toContainText('11 月前后发布《');
    await page.getByText(/查看 7 个工作日是怎样数的/).click();
    await expect(page.getByRole('cell', { name: '工作日（按普通周推算）' }).first()).toBeVisible();
  });

  test('reads the students from an uploaded .xlsx score export', async ({ page }) => {
    await visit(page, '/wizards/review/');
    await fillPlan(page, twoStudents.form);
    await next(page);
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('科目成绩');
    sheet.addRows([
      ['考生姓名', '身份证号', '准考证号', '报考级别', '理论成绩', '实操成绩'],
      ['张三', '11010519491231002X', '2021091600241100', '初级', 72, 58],
    ]);
    await page.getByLabel('或上传导出的成绩文件').setInputFiles({ name: '科目成绩.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(await book.xlsx.writeBuffer()) });
    await expect(page.getByRole('status').filter({ hasText: '从“科目成绩.xlsx”读入 1 位考生' })).toBeVisible();
    await expect(page.getByLabel('第 1 位考生 准考证号')).toHaveValue('2021091600241100');
    await expect(page.getByLabel('第 1 位考生 报考级别')).toHaveValue('初级');
    await expectNoAxeViolations(page);
  });

  test('refuses a score of 105 with a clear message and keeps it to fix', async ({ page }) => {
    await visit(page, '/wizards/review/');
    await fillPlan(page, twoStudents.form);
    await next(page);
    await fillStudents(page, { ...twoStudents, students: [{ ...twoStudents.students[0]!, theory: '105' }] });
    await next(page);
    await expect(page.locator('.wizard-error-summary')).toContainText('105 分超出范围：成绩在 0 到 100 分之间');
    await expect(page.getByLabel('第 1 位考生 理论成绩')).toHaveValue('105');
    await expect(page.getByLabel('第 1 位考生 考生姓名')).toHaveValue('张三');
  });

  test('stops a request sent after the deadline', async ({ page }) => {
    await visit(page, '/wizards/review/');
    await fillPlan(page, { ...twoStudents.form, requestDate: '2021-07-19' });
    await expect(page.locator('.review-deadline')).toContainText('已经超过期限');
    await next(page);
    await expect(page.locator('.wizard-error-summary')).toContainText('超过期限不予复查成绩');
    await expect(page.getByRole('heading', { name: '复查截止日期' })).toBeVisible();
  });

  test('links the deadline error to the request date on the same screen, where it can be corrected', async ({ page }) => {
    await visit(page, '/wizards/review/');
    await fillPlan(page, { ...twoStudents.form, requestDate: '2021-07-19' });
    await next(page);
    await page.locator('.wizard-error-summary').getByRole('link', { name: /超过期限不予复查成绩/ }).click();
    const requestDate = page.getByLabel('发送复查申请的日期');
    await expect(requestDate).toBeFocused();
    await requestDate.fill('2021-07-16');
    await expect(page.locator('.review-deadline')).toContainText('在期限内');
    await next(page);
    await expect(page.getByRole('heading', { name: '申请复查的考生' })).toBeVisible();
  });
});
