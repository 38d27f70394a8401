// The 培训 course walked as a trainer would: each exercise link opens its wizard at the right step with the
// sample school, the exercises on the sample files can be done with the files the course page offers, and
// nothing of it reaches the user's own saved work.
import type { Download, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { courseModules } from '../../src/domain/training/course';
import { scheduleCourse } from '../../src/domain/training/rules';
import { formatChineseDate } from '../../src/domain/timeline/iso-date';
import { demoFiles } from '../../wizards/demo/demo-files';
import { sampleRooms, sampleSchoolName, sampleStaff } from '../../wizards/demo/sample-school';
import { sampleStudents } from '../../wizards/demo/sample-students';
import { buildSampleWorkspace } from '../../wizards/demo/sample-workspace';
import { test, expect as baseExpect, visit } from './fixtures';
import { readSavedWork } from './saved-work';

// Seeding the demo and reading a list or a photo pack takes seconds on a busy CI machine.
const expect = baseExpect.configure({ timeout: 20_000 });

const exercises = scheduleCourse(courseModules).flatMap((module) => module.exercises);
const sample = buildSampleWorkspace(new Date());
const heading = (page: Page) => page.locator('#wizard-step-title');
const wizard = (page: Page) => page.locator('.wizard');
const banner = (page: Page) => page.getByRole('region', { name: /演示数据/ }).filter({ has: page.getByRole('button', { name: '清除演示数据' }) });

/** What each exercise's first screen shows of the sample school, so a screen of empty work cannot pass. */
const sampleOnScreen: Record<string, (page: Page) => Promise<void>> = {
  timeline: (page) => expect(wizard(page)).toContainText(formatChineseDate(sample.examPlan.levels[0]!.theory.date)),
  pilot: (page) => expect(page.getByLabel('院校名称', { exact: true })).toHaveValue(sampleSchoolName),
  site: (page) => expect(page.getByLabel('院校名称', { exact: true })).toHaveValue(sampleSchoolName),
  candidates: (page) => expect(page.getByLabel('上传表格文件', { exact: true })).toBeVisible(),
  photos: (page) => expect(page.locator('#photo-files')).toBeAttached(),
  registration: (page) => expect(wizard(page)).toContainText(`逐个修改考生的级别（${sampleStudents.length} 人）`),
  rooms: (page) => expect(wizard(page)).toContainText(sampleRooms[0]!.name),
  staff: (page) => expect(wizard(page).locator('select').first()).toHaveValue(sample.proctorAssignments[0]!.proctors[0]!),
  materials: async (page) => {
    await page.getByRole('button', { name: '查看并打印 门贴' }).click();
    await expect(wizard(page)).toContainText(sampleRooms[0]!.name);
  },
  review: (page) => expect(page.getByLabel('成绩公示开始日期', { exact: true })).toHaveValue(sample.examPlan.scorePublication!.start),
  certificates: (page) => expect(wizard(page)).toContainText(`工作区里有 ${sampleStudents.length} 位考生`),
};

/** Click an exercise's link on the course page and wait for its wizard to show a step. */
async function openExercise(page: Page, exercise: { wizard: string; step: string }) {
  await visit(page, '/training/course/');
  await page.locator(`a[data-exercise="${exercise.wizard}#${exercise.step}"]`).click();
  await expect(heading(page)).toBeVisible();
}

/** Download one of the sample school's files from the course page's link; return it as Playwright chooses files. */
async function downloadSampleFile(page: Page, key: keyof typeof demoFiles) {
  await visit(page, '/training/course/');
  const link = page.getByRole('link', { name: `下载「${demoFiles[key].fileName}」` }).first();
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const name = (download as Download).suggestedFilename();
  expect(name).toBe(demoFiles[key].fileName);
  return { name, mimeType: 'application/octet-stream', buffer: await readFile((await download.path())!) };
}

test.describe('training course', () => {
  test('offers one exercise link per exercise of the course', async ({ page }) => {
    await visit(page, '/training/course/');
    await expect(page.locator('a.exercise-link')).toHaveCount(exercises.length);
  });

  for (const exercise of exercises) {
    test(`opens the ${exercise.wizard} exercise at 「${exercise.stepHeading}」 with the sample school`, async ({ page }) => {
      await openExercise(page, exercise);
      await expect(heading(page)).toHaveText(exercise.stepHeading);
      // The step reaches the address just after it is drawn.
      await expect(page).toHaveURL((url) => url.hash === `#${exercise.step}` && url.searchParams.get('demo') === '1');
      await expect(banner(page)).toBeVisible();
      await sampleOnScreen[exercise.wizard]!(page);
    });
  }

  test('does the candidate exercise with the sample list from the course page', async ({ page }) => {
    const list = await downloadSampleFile(page, 'studentList');
    await openExercise(page, { wizard: 'candidates', step: 'source' });
    await page.getByLabel('上传表格文件', { exact: true }).check();
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByLabel('学生名单文件', { exact: true }).setInputFiles(list);
    await expect(heading(page)).toHaveText('核对每一列的含义');
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '开始检查' }).click();
    await expect(heading(page)).toHaveText('检查结果', { timeout: 30_000 });

    const issues = page.locator('.wizard-issue-list');
    await expect(issues).toContainText('最后一位校验码不对');
    await expect(issues).toContainText('15 位的旧身份证号码');
    await expect(issues).toContainText('重复的一行');
    await page.getByText(/自动修改（\d+ 处）/).click();
    await expect(page.locator('.wizard-changes')).toContainText('全角字符改为半角');
  });

  test('offers the sample files on the demo\'s upload screens themselves', async ({ page }) => {
    await openExercise(page, { wizard: 'candidates', step: 'source' });
    await page.getByLabel('上传表格文件', { exact: true }).check();
    await page.getByRole('button', { name: '下一步' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: `下载「${demoFiles.studentList.fileName}」` }).click()]);
    const list = { name: download.suggestedFilename(), mimeType: 'application/octet-stream', buffer: await readFile((await download.path())!) };
    expect(list.name).toBe(demoFiles.studentList.fileName);
    await page.getByLabel('学生名单文件', { exact: true }).setInputFiles(list);
    await expect(heading(page)).toHaveText('核对每一列的含义');

    await openExercise(page, { wizard: 'photos', step: 'photos' });
    await expect(page.getByRole('link', { name: `下载「${demoFiles.photoPack.fileName}」` })).toHaveAttribute('href', demoFiles.photoPack.href);
  });

  test('does the photo exercise with the sample photo pack from the course page', async ({ page }) => {
    const pack = await downloadSampleFile(page, 'photoPack');
    await openExercise(page, { wizard: 'photos', step: 'photos' });
    await page.locator('#photo-files').setInputFiles({ ...pack, mimeType: 'application/zip' });
    await expect(page.getByRole('heading', { name: '照片与考生的对应' })).toBeVisible();
    const missing = sampleStudents.filter((student) => student.photo === 'missing');
    await expect(page.getByRole('region', { name: /没有照片的考生/ }).getByRole('listitem')).toHaveCount(missing.length);
  });

  test('leaves the user’s own saved work as it was after the exercises', async ({ page }) => {
    await visit(page, '/wizards/candidates/');
    await page.getByLabel('学校名称', { exact: true }).fill('我的学校');
    await page.getByRole('button', { name: '下一步' }).click();
    // 已自动保存 may still be the save made while typing: wait for the draft at the second screen, and for the school's
    // name in the workspace (a separate write, checked against the schema first).
    await expect.poll(async () => ((await readSavedWork(page, 'own'))['draft:candidates'] as { value?: unknown } | undefined)?.value).toBe('source');
    await expect.poll(async () => ((await readSavedWork(page, 'own')).workspace as { school?: { name?: unknown } } | undefined)?.school?.name).toBe('我的学校');
    const own = await readSavedWork(page, 'own');

    for (const exercise of exercises.filter((entry) => ['registration', 'rooms', 'staff', 'review'].includes(entry.wizard))) {
      await openExercise(page, exercise);
      await expect(heading(page)).toHaveText(exercise.stepHeading);
      await page.getByRole('button', { name: '下一步' }).click();
      await expect(heading(page)).not.toHaveText(exercise.stepHeading);
    }
    await expect(banner(page)).toBeVisible();
    expect((await readSavedWork(page, 'demo')).workspace).toMatchObject({ school: { name: sampleSchoolName } });
    expect(await readSavedWork(page, 'own')).toEqual(own);

    await visit(page, '/wizards/candidates/?demo=0');
    await expect(page.getByText('怎样提供学生名单？')).toBeVisible();
    await expect(banner(page)).toHaveCount(0);
    expect(JSON.stringify(await readSavedWork(page, 'own'))).not.toContain(sampleSchoolName);
    expect(JSON.stringify(await readSavedWork(page, 'own'))).not.toContain(sampleStaff[0]!.name);
  });
});
