/**
 * One sitting of a site coordinator (issue 5, "Done when"): the candidate wizard
 * fills the school workspace from a student list, then registration, rooms,
 * staff, materials and timeline each start from what the workspace knows. Every
 * file is downloaded and read back; every printable document is printed to A4.
 * The numbers follow the manual's own example: 90 candidates in 2 rooms with 150
 * machines get 45 seats each.
 */
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { levelFacts } from '../../src/domain/certificate/facts';
import { enrolmentTemplate } from '../../src/domain/enrolment/facts';
import { roomImportColumns } from '../../src/domain/rooms/facts';
import { formatRoomSubjects } from '../../src/domain/rooms/import-rows';
import { proctorListColumns, rosterColumns } from '../../src/domain/staffing/roster';
import { materialsDocuments } from '../../wizards/materials/output';
import { writeXlsx, type FixtureList } from '../fixtures/candidates';
import { ninetyCandidates } from '../fixtures/checked-candidates';
import { futureExamDate, futurePlan } from '../fixtures/exam-plan';
import { teachers } from '../fixtures/staff';
import { readCalendarEvents } from '../fixtures/read-calendar';
import { downloadFile, expectDocumentFitsA4, pressMainButton, readWorkbook, rowValues, screenTitle, waitForWorkspace } from './exam-run';
import { expect as baseExpect, siteUrl, test, visit } from './fixtures';

// Checking 90 students and building workbooks takes seconds on a busy machine.
const expect = baseExpect.configure({ timeout: 20_000 });

const school = '北京示范职业学校';
const site = { code: '0011000123', name: `${school}网店运营推广职业技能等级证书` };
const planName = futurePlan.name;
const juniorTimes = futurePlan.levels.find((entry) => entry.level === '初级')!;

/** The 90 students as the school's own list, in the 本校学生导入模板 columns. */
const studentList: FixtureList = {
  headers: ['学生姓名', '姓名拼音', '性别', '证件类型', '证件号码', '手机号码', '入学年份', '专业层次', '就读专业', '专业代码'],
  rows: ninetyCandidates.map((student) => [
    student.name,
    '',
    student.gender,
    student.documentType,
    student.documentNumber,
    student.phone,
    student.enrolmentYear,
    '专科',
    student.major,
    student.majorCode,
  ]),
};

async function fillCandidates(page: Page) {
  await visit(page, '/wizards/candidates/');
  await page.getByLabel('学校名称', { exact: true }).fill(school);
  await pressMainButton(page);
  await page.getByLabel('上传表格文件', { exact: true }).check();
  await pressMainButton(page);
  await page.getByLabel('学生名单文件', { exact: true }).setInputFiles({ name: '学生名单.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(await writeXlsx(studentList)) });
  await expect(screenTitle(page)).toHaveText('核对每一列的含义');
  await pressMainButton(page);
  await page.getByRole('button', { name: '开始检查' }).click();
  await expect(screenTitle(page)).toHaveText('检查结果', { timeout: 30_000 });
  await pressMainButton(page);
  await expect(screenTitle(page)).toHaveText('本年度的试点专业和规模');
  await page.getByLabel('试点专业', { exact: true }).fill('电子商务 730701');
  await page.getByLabel('已批准培训人数', { exact: true }).fill('100');
  await pressMainButton(page);
  await expect(screenTitle(page)).toHaveText('院校考生和社会考生');
  await pressMainButton(page);
  await expect(screenTitle(page)).toHaveText('核对后生成文件');
  await pressMainButton(page, '生成文件');
  await expect(screenTitle(page)).toHaveText('文件已准备好');
  await waitForWorkspace(page, '90 candidates', (workspace) => workspace.candidates?.length === ninetyCandidates.length);
}

async function register(page: Page) {
  await visit(page, '/wizards/registration/');
  await expect(page.getByText(`学校工作区中有 ${ninetyCandidates.length} 名已检查的考生`)).toBeVisible();
  await pressMainButton(page);
  await page.getByLabel('计划名称').fill(planName);
  await page.getByLabel('考核所属年度').fill(String(futurePlan.year));
  await pressMainButton(page);
  await page.getByLabel('本次有考生参加初级').check();
  for (const [part, kind] of [['theory', '理论'], ['practical', '实操']] as const) {
    const group = page.getByRole('group', { name: new RegExp(`^初级${kind}`) });
    await group.getByLabel('考试日期').fill(futureExamDate);
    await group.getByLabel('开始时间').fill(juniorTimes[part].start);
    await group.getByLabel('结束时间').fill(juniorTimes[part].end);
  }
  await pressMainButton(page);
  await expect(screenTitle(page)).toHaveText('为每位考生选择报考级别');
  // The whole major at once (both its classes follow), then the one class of the other major.
  await page.getByLabel('电子商务专业（各年级）（80 人）').selectOption('初级');
  await expect(page.getByLabel('2024级 电子商务（30 人）')).toHaveValue('初级');
  await page.getByLabel('2024级 市场营销（10 人）').selectOption('初级');
  await pressMainButton(page);
  await page.getByLabel(`全部 ${ninetyCandidates.length} 名考生都已是“信息准确”`).check();
  await pressMainButton(page);
  await expect(page.getByLabel('考核站点名称')).toHaveValue(site.name);
  await page.getByLabel('考核站点编号').fill(site.code);
  await pressMainButton(page);
  await page.getByLabel('还没有公布').check();
  await pressMainButton(page);
  await pressMainButton(page, '生成报考文件');
  await expect(screenTitle(page)).toHaveText('报考文件已准备好');
  await expect(page.locator('.wizard-step')).toContainText('「考务管理-报考记录」中应有 180 条记录（90 名 × 2）');
  await waitForWorkspace(page, 'the plan and 90 enrolments', (workspace) => workspace.examPlan?.name === planName && workspace.enrolments?.length === ninetyCandidates.length);

  const sheet = (await readWorkbook(await downloadFile(page, `按证书导入报考-${planName}.xlsx`))).worksheets[0]!;
  expect(rowValues(sheet, 1)[0]).toBe(enrolmentTemplate.title);
  expect(rowValues(sheet, 2)).toEqual(enrolmentTemplate.columns.map((column) => `*${column}`));
  expect(sheet.rowCount).toBe(2 + ninetyCandidates.length);
  ninetyCandidates.forEach((student, index) => {
    expect(rowValues(sheet, 3 + index)).toEqual([
      student.name,
      student.documentNumber,
      student.candidateType,
      levelFacts.初级.certificateNumber,
      '网店运营推广职业技能等级证书',
      '初级',
      site.code,
      site.name,
    ]);
  });
}

async function planRooms(page: Page) {
  await visit(page, '/wizards/rooms/');
  await expect(page.locator('.wizard-step')).toContainText('初级：90 人');
  await pressMainButton(page);
  for (const [index, values] of [
    ['实训楼 301 机房', '北京市朝阳区', '实训楼 3 层 301', '75'],
    ['实训楼 302 机房', '北京市朝阳区', '实训楼 3 层 302', '75'],
  ].entries()) {
    if (index > 0) await page.getByRole('button', { name: '添加一个考场' }).click();
    for (const [position, column] of ['考场名称', '考场地址', '详细地址', '可用考生机数'].entries()) {
      await page.getByLabel(`第 ${index + 1} 个考场的${column}`).fill(values[position]!);
    }
  }
  await pressMainButton(page);
  await expect(screenTitle(page)).toHaveText('为每个级别选择考场');
  await expect(page.getByLabel(/实训楼 301 机房（75 台）：45 个考位/)).toBeChecked();
  await expect(page.getByLabel(/实训楼 302 机房（75 台）：45 个考位/)).toBeChecked();
  await pressMainButton(page);
  await pressMainButton(page, '生成考场文件');
  await expect(screenTitle(page)).toHaveText('考场文件已准备好');
  await waitForWorkspace(page, '2 rooms and their plan', (workspace) => workspace.rooms?.length === 2 && (workspace.roomPlan?.length ?? 0) > 0);

  const sheet = (await readWorkbook(await downloadFile(page, `考场批量导入-${planName}.xlsx`))).worksheets[0]!;
  expect(rowValues(sheet, 1)).toEqual([...roomImportColumns]);
  expect([rowValues(sheet, 2), rowValues(sheet, 3)]).toEqual(
    ['301', '302'].map((room) => [planName, site.name, formatRoomSubjects('初级'), `实训楼 ${room} 机房`, '北京市朝阳区', `实训楼 3 层 ${room}`, 45]),
  );
  expect(sheet.rowCount).toBe(3);

  await page.getByRole('button', { name: '查看并打印座位安排' }).click();
  await expect(page.locator('.print-page').first()).toContainText(ninetyCandidates[0]!.name);
  await expectDocumentFitsA4(page);
  await page.locator('.print-toolbar').getByRole('button', { name: '返回' }).click();
}

async function assignStaff(page: Page) {
  await visit(page, '/wizards/staff/');
  // 45 candidates a room: 3 proctors each (1:20), both rooms at the same time.
  await expect(page.locator('.wizard-step')).toContainText('同一时间最多需要 6 名监考员');
  await pressMainButton(page);
  const people = [...teachers, { name: '冯涛', phone: '13900000010', subject: '物理', role: 'proctor' as const }, { name: '褚燕', phone: '13900000011', subject: '化学', role: 'proctor' as const }];
  for (const [index, teacher] of people.entries()) {
    if (index > 0) await page.getByRole('button', { name: '添加一位老师' }).click();
    await page.getByLabel(`第 ${index + 1} 位老师的姓名`).fill(teacher.name);
    await page.getByLabel(`第 ${index + 1} 位老师的手机号码`).fill(teacher.phone);
    await page.getByLabel(`第 ${index + 1} 位老师的任教专业或课程`).fill(teacher.subject);
    await page.getByLabel(`第 ${index + 1} 位老师的角色`).selectOption(teacher.role);
  }
  await expect(page.locator('.wizard-tag--warning')).toHaveText(['本专业']);
  await pressMainButton(page);
  await expect(screenTitle(page)).toHaveText('每个考场的监考员');
  await pressMainButton(page);
  await pressMainButton(page, '生成人员安排');
  await expect(screenTitle(page)).toHaveText('人员安排已准备好');
  await waitForWorkspace(page, 'the staff', (workspace) => (workspace.staff?.length ?? 0) > 0);

  const workbook = await readWorkbook(await downloadFile(page, `考务人员安排-${planName}.xlsx`));
  const roster = workbook.getWorksheet('考务人员安排')!;
  expect(rowValues(roster, 1)).toEqual([...rosterColumns]);
  expect(rowValues(roster, 2)).toEqual(['王建国', '主考', '13900000001', '学校办公室', '全场']);
  const proctorRows = Array.from({ length: roster.rowCount - 1 }, (_, index) => rowValues(roster, index + 2)).filter((row) => row[1] === '监考员');
  expect(proctorRows.filter((row) => row[4] !== '备用')).toHaveLength(6);
  // The manual advises against the candidates' own major: 赵敏 (电子商务) is the one left in reserve.
  expect(proctorRows.find((row) => row[0] === '赵敏')![4]).toBe('备用');
  const list = workbook.getWorksheet('监考人员')!;
  expect(rowValues(list, 1)).toEqual([...proctorListColumns]);
  expect(list.rowCount).toBe(1 + 6);

  await page.getByRole('button', { name: '查看并打印考务人员安排表' }).click();
  expect(await expectDocumentFitsA4(page)).toBe(1);
  await page.locator('.print-toolbar').getByRole('button', { name: '返回' }).click();
}

async function printMaterials(page: Page) {
  await visit(page, '/wizards/materials/');
  await pressMainButton(page);
  await expect(screenTitle(page)).toHaveText('需要准备的物料');
  // 2 rooms × 理论、实操 × 2 copies; scratch paper ⌈45 × 1.05⌉ = 48 per room and session.
  await expect(page.getByRole('row', { name: /^考场签到表/ })).toContainText('8 份');
  await expect(page.getByRole('row', { name: /^草稿纸/ })).toContainText('192 张');
  await pressMainButton(page, '打印文件');
  for (const document of materialsDocuments) {
    await page.getByRole('button', { name: new RegExp(`查看并打印\\s*${document.title.replace(/[()（）]/g, '.')}`) }).click();
    await expect(page.locator('.print-toolbar h2')).toHaveText(document.title);
    await expectDocumentFitsA4(page);
    await page.locator('.print-toolbar').getByRole('button', { name: '返回' }).click();
    await expect(screenTitle(page)).toHaveText('打印考试当天的文件');
  }
}

async function buildTimeline(page: Page) {
  await visit(page, '/wizards/timeline/');
  await expect(page.getByLabel('考试日期', { exact: true })).toHaveValue(futureExamDate);
  await pressMainButton(page);
  await pressMainButton(page);
  await expect(screenTitle(page)).toHaveText('考务时间表');
  const download = await downloadFile(page, `考务时间表-${planName}.ics`);
  const events = readCalendarEvents(await readFile((await download.path())!, 'utf8'));
  // No 报考时间 was entered: the deadline is the manual's rule, labelled as a fallback.
  const registration = events.find((event) => event.summary === '考试报名截止（按手册推算）')!;
  expect([registration.start, registration.end, registration.isAllDay]).toEqual(['2036-06-10', '2036-06-11', true]);
  expect(registration.description).toContain('负责：试点院校考务人员');
  expect(registration.url).toBe(siteUrl('/registration/enrolment/'));
  await page.getByRole('button', { name: '查看并打印一页考务时间表' }).click();
  expect(await expectDocumentFitsA4(page)).toBe(1);
}

test('takes a school from its student list to every exam-run file in one sitting', async ({ page }) => {
  test.setTimeout(480_000);
  await fillCandidates(page);
  await register(page);
  await planRooms(page);
  await assignStaff(page);
  await printMaterials(page);
  await buildTimeline(page);
});
