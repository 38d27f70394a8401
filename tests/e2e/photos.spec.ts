import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readImageHeader } from '../../src/domain/photos/image-header';
import { photoPackFileNames } from '../../wizards/photos/file-names';
import { manifestSheets } from '../../wizards/photos/output';
import { messySchool, samplePhotos } from '../fixtures/photos';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { chosenFile, downloadResult, numberedStudents, openPhotoWizard, waitForReview, waitForSavedStep, zipOf } from './photos-wizard';

/** Choose the messy school's loose photos and its zip in one go. */
async function chooseMessyPhotos(page: import('@playwright/test').Page) {
  const loose = Object.entries(messySchool.looseFiles()).map(([name, bytes]) => chosenFile(name, bytes));
  const zip = chosenFile('全部照片.zip', await zipOf(messySchool.zipEntries()));
  await page.locator('#photo-files').setInputFiles([...loose, zip]);
  await expect(page.getByRole('heading', { name: '照片与考生的对应' })).toBeVisible();
}

/** Assert that the screen shown passes axe (WCAG 2.1 A and AA), naming each violation. */

/** Walk from the first screen to the review screen with the messy school's photos. */
async function reachReview(page: import('@playwright/test').Page) {
  await openPhotoWizard(page, messySchool.students);
  await page.getByRole('button', { name: '下一步' }).click();
  await chooseMessyPhotos(page);
  await page.getByRole('button', { name: '检查照片' }).click();
  await waitForReview(page);
}

test.describe('photo pack wizard', () => {
  test('lists photos matched to nobody and students without a photo', async ({ page }) => {
    await openPhotoWizard(page, messySchool.students);
    await page.getByRole('button', { name: '下一步' }).click();
    await chooseMessyPhotos(page);
    await expect(page.getByText('共 9 张照片，7 张对应到了考生')).toBeVisible();
    const unmatched = page.getByRole('region', { name: /没有对应到考生的照片/ });
    await expect(unmatched.getByRole('row')).toHaveCount(3);
    await expect(unmatched.getByText('全部照片.zip/照片/高一3班/王芳.jpg')).toBeVisible();
    await expect(unmatched.getByText(/名单中有 2 名同名学生/)).toBeVisible();
    await expect(page.getByRole('region', { name: /没有照片的考生/ }).getByRole('listitem')).toHaveCount(3);
  });

  test('explains every problem photo in Chinese', async ({ page }) => {
    await reachReview(page);
    const blocked = page.getByRole('region', { name: /需要处理的照片/ });
    await expect(blocked.getByText(/HEIC 格式/)).toBeVisible();
    await expect(blocked.getByText(/CMYK 印刷色彩模式/)).toBeVisible();
    await expect(blocked.getByText(/文件不完整/)).toBeVisible();
    await expect(blocked.getByText(/照片为 4000×3000 像素/)).toBeVisible();
    const warned = page.getByRole('region', { name: /有提醒的照片/ });
    await expect(warned.getByText(/背景不是红色：照片边缘只有 0% 是红色，整体接近白色/)).toBeVisible();
    await expect(warned.getByText(/照片是 PNG 格式/)).toBeVisible();
  });

  test('shows each fixable photo before and after the fix', async ({ page }) => {
    await reachReview(page);
    const after = page.getByRole('img', { name: '李四修复后的照片' });
    await expect(after).toBeVisible();
    expect(await after.evaluate((image: HTMLImageElement) => [image.naturalWidth, image.naturalHeight])).toEqual([295, 413]);
    await expect(page.getByRole('img', { name: '李四的原照片' })).toBeVisible();
  });

  test('asks whether to fix before going on', async ({ page }) => {
    await reachReview(page);
    await page.getByRole('button', { name: '下一步' }).click();
    await expect(page.locator('.wizard-error-summary')).toBeFocused();
    await page.getByRole('link', { name: '请选择是否自动修复照片。' }).click();
    await expect(page.getByRole('radio', { name: '自动修复' })).toBeFocused();
  });

  test('packs fixed photos named by 证件号码 and a manifest of every student', async ({ page }) => {
    await reachReview(page);
    await page.getByRole('radio', { name: '自动修复' }).check();
    await page.getByRole('button', { name: '下一步' }).click();
    await expect(page.getByRole('heading', { name: '确认后生成照片包' })).toBeVisible();
    await page.getByRole('button', { name: '生成照片包' }).click();
    await expect(page.getByRole('heading', { name: '照片包已准备好' })).toBeVisible();
    await expect(page.getByText('「考务管理-考生管理」→「批量导入学生照片」')).toBeVisible();

    const zipFile = await downloadResult(page, photoPackFileNames.zip);
    expect(zipFile.name).toBe(photoPackFileNames.zip);
    const zip = await JSZip.loadAsync(zipFile.bytes);
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual(['11010519491231002X.jpg', '130503196704010016.jpg', '440106200001011234.jpg', '440106200002021235.jpg', '440106200007071230.jpg']);
    const headers = await Promise.all(names.map(async (name) => readImageHeader(await zip.file(name)!.async('uint8array'))));
    for (const header of headers) expect(header).toMatchObject({ format: 'jpeg', width: 295, height: 413, components: 3 });
    // A photo that needed nothing is packed byte for byte.
    expect(await zip.file('11010519491231002X.jpg')!.async('uint8array')).toEqual(samplePhotos.correctRed());

    const manifestFile = await downloadResult(page, photoPackFileNames.manifest);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(manifestFile.bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(manifestSheets.students)!;
    const rows = messySchool.students.map((_, index) => sheet.getRow(index + 2));
    expect(rows.map((row) => row.getCell(3).value)).toEqual(messySchool.students.map((student) => student.documentNumber));
    expect(rows.map((row) => row.getCell(4).value)).toEqual([...messySchool.expected]);
    expect(String(rows[3].getCell(8).value)).toContain('背景不是红色');
    const unmatched = workbook.getWorksheet(manifestSheets.unmatched)!;
    expect([2, 3].map((row) => unmatched.getRow(row).getCell(2).value)).toEqual(['全部照片.zip/照片/高一3班/王芳.jpg', '全部照片.zip/照片/合影.jpg']);
  });

  test('resumes on the same screen after a reload and asks for the photos again', async ({ page }) => {
    await reachReview(page);
    await waitForSavedStep(page, 'review');
    await page.reload();
    await waitForReview(page);
    await expect(page.getByText(/需要重新选择照片才能预览和打包/)).toBeVisible();
    await expect(page.getByRole('region', { name: /需要处理的照片/ }).getByText(/HEIC 格式/)).toBeVisible();
    await page.getByRole('button', { name: '重新选择照片' }).click();
    await expect(page.getByRole('heading', { name: '选择学生照片' })).toBeVisible();
  });

  test('passes axe on every screen', async ({ page }) => {
    await openPhotoWizard(page, messySchool.students);
    await expectNoAxeViolations(page, 'students');
    await page.getByRole('button', { name: '下一步' }).click();
    await expectNoAxeViolations(page, 'photos');
    await chooseMessyPhotos(page);
    await page.getByText('查看已对应的').click();
    await expectNoAxeViolations(page, 'matching');
    await page.getByRole('button', { name: '检查照片' }).click();
    await waitForReview(page);
    await expectNoAxeViolations(page, 'review');
    await page.getByRole('radio', { name: '不修复' }).check();
    await page.getByRole('button', { name: '下一步' }).click();
    await expectNoAxeViolations(page, 'confirm');
    await page.getByRole('button', { name: '生成照片包' }).click();
    await expect(page.getByRole('heading', { name: '照片包已准备好' })).toBeVisible();
    await expectNoAxeViolations(page, 'result');
  });

  test('stops checking when 取消 is pressed', async ({ page }) => {
    const students = numberedStudents(12);
    await openPhotoWizard(page, students);
    await page.getByRole('button', { name: '下一步' }).click();
    const large = samplePhotos.phoneLandscape();
    const files = students.map((student) => chosenFile(`${student.documentNumber}.jpg`, large));
    await page.locator('#photo-files').setInputFiles(files);
    await page.getByRole('button', { name: '检查照片' }).click();
    await page.getByRole('button', { name: '取消' }).click();
    await expect(page.getByRole('heading', { name: '照片与考生的对应' })).toBeVisible();
  });
});
