import { proctorListColumns, rosterColumns } from '../../src/domain/staffing/roster';
import { WorkspaceSchema } from '../../src/domain/workspace/schema';
import { roomsPlanned, staffed } from '../fixtures/workspace';
import { downloadFile, expectDocumentFitsA4, openWizardWith, pressMainButton, readWorkbook, rowValues, screenTitle } from './exam-run';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';

// The rooms are planned and the school's teachers are known from earlier work; proctors are not assigned yet.
const workspace = WorkspaceSchema.parse({ ...roomsPlanned, staff: staffed.staff });

test('assigns proctors, refuses a teacher in two rooms, and writes the roster read back cell by cell', async ({ page }) => {
  await openWizardWith(page, 'staff', workspace);
  await expect(page.locator('.wizard-step')).toContainText('同一时间最多需要 4 名监考员');
  await pressMainButton(page);

  await expect(screenTitle(page)).toHaveText('参加考务工作的老师');
  await expect(page.getByLabel('第 1 位老师的姓名')).toHaveValue('王建国');
  await expect(page.locator('.wizard-tag--warning')).toHaveText(['本专业']);
  await expectNoAxeViolations(page);
  await pressMainButton(page);

  await expect(screenTitle(page)).toHaveText('每个考场的监考员');
  const room301 = page.getByRole('group', { name: /实训楼 301 机房（初级/ });
  const room302 = page.getByRole('group', { name: /实训楼 302 机房（初级/ });
  const first301 = await room301.getByLabel('监考员 1').inputValue();
  expect(first301).not.toBe('');
  await expect(page.locator('.wizard-step')).not.toContainText('赵敏任教');
  // A teacher in two rooms at the same time: refused, and the choice stays on screen.
  await room302.getByLabel('监考员 1').selectOption(first301);
  await pressMainButton(page);
  await expect(page.getByRole('alert')).toContainText(`${first301}同时被安排在“实训楼 301 机房”（初级 14:00–17:45）和“实训楼 302 机房”（初级 14:00–17:45）监考，一个人不能同时在两个地方。`);
  await expect(room302.getByLabel('监考员 1')).toHaveValue(first301);
  await page.getByRole('button', { name: '重新自动安排' }).click();
  await pressMainButton(page);

  await expect(screenTitle(page)).toHaveText('检查您的答案');
  await pressMainButton(page, '生成人员安排');
  await expect(screenTitle(page)).toHaveText('人员安排已准备好');
  await expect(page.locator('.wizard-step')).toContainText('鸿科经纬公司将于 2 个工作日内审核通过');
  await expectNoAxeViolations(page);

  const workbook = await readWorkbook(await downloadFile(page, `考务人员安排-${workspace.examPlan.name}.xlsx`));
  const roster = workbook.getWorksheet('考务人员安排')!;
  expect(rowValues(roster, 1)).toEqual([...rosterColumns]);
  expect(rowValues(roster, 2)).toEqual(['王建国', '主考', '13900000001', '学校办公室', '全场']);
  expect(rowValues(roster, roster.rowCount)).toEqual(['（鸿科经纬公司委派）', '巡考员', '', '', '全场巡考']);
  const proctorRows = Array.from({ length: roster.rowCount - 1 }, (_, index) => rowValues(roster, index + 2)).filter((row) => row[1] === '监考员' && row[4] !== '备用');
  const list = workbook.getWorksheet('监考人员')!;
  expect(rowValues(list, 1)).toEqual([...proctorListColumns]);
  expect(Array.from({ length: list.rowCount - 1 }, (_, index) => rowValues(list, index + 2))).toEqual(proctorRows.map((row, index) => [index + 1, row[0], row[2]]));

  await page.getByRole('button', { name: '查看并打印考务人员安排表' }).click();
  expect(await expectDocumentFitsA4(page)).toBe(1);
});
