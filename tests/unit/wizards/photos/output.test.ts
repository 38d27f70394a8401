import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { matchPhotos } from '../../../../src/domain/photos/matching';
import type { CheckedPhoto, PhotoStudent } from '../../../../src/domain/photos/schema';
import { buildStudentPhotoRows, buildUnmatchedPhotoRows } from '../../../../src/domain/photos/status';
import { buildPhotoManifest, buildPhotoZip, manifestSheets } from '../../../../wizards/photos/output';
import { samplePhotos } from '../../../fixtures/photos';

const students: PhotoStudent[] = [
  { name: '张三', documentNumber: '11010519491231002X' },
  { name: '李四', documentNumber: '130503196704010016' },
  { name: '王五', documentNumber: '440106200001011234' },
];
const paths = ['照片.zip/11010519491231002x.jpg', '照片.zip/李四.jpg', '照片.zip/合影.jpg'];
const match = matchPhotos(paths, students);
const checks = new Map<number, CheckedPhoto>([
  [0, { byteLength: 1000, header: { format: 'jpeg', orientation: 1 }, findings: [] }],
  [1, { byteLength: 1000, header: { format: 'jpeg', orientation: 1 }, findings: [{ code: 'wrongAspect', width: 4000, height: 3000 }, { code: 'notRedBackground', background: { redShare: 0.1, meanColour: '#f5f5f5', colourName: '白色' } }] }],
]);
const rows = buildStudentPhotoRows(students, match, checks, true);
const unmatched = buildUnmatchedPhotoRows(students, match);

async function readManifest() {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await buildPhotoManifest({ students, rows, unmatched, paths })) as unknown as ArrayBuffer);
  return workbook;
}

describe('buildPhotoZip', () => {
  test('packs each photo under its name, byte for byte', async () => {
    const photo = samplePhotos.correctRed();
    const zip = await JSZip.loadAsync(await buildPhotoZip([{ name: '11010519491231002X.jpg', data: photo }]));
    expect(Object.keys(zip.files)).toEqual(['11010519491231002X.jpg']);
    expect(await zip.file('11010519491231002X.jpg')!.async('uint8array')).toEqual(photo);
  });

  test('returns an empty zip when there is nothing to pack', async () => {
    expect(Object.keys((await JSZip.loadAsync(await buildPhotoZip([]))).files)).toEqual([]);
  });
});

describe('buildPhotoManifest', () => {
  test('names its sheets', async () => {
    expect((await readManifest()).worksheets.map((sheet) => sheet.name)).toEqual([manifestSheets.students, manifestSheets.unmatched]);
  });

  test('lists every student with status, packed name and source file', async () => {
    const sheet = (await readManifest()).getWorksheet(manifestSheets.students)!;
    const values = [1, 2, 3, 4].map((row) => (sheet.getRow(row).values as unknown[]).slice(1, 8));
    expect(values).toEqual([
      ['序号', '学生姓名', '证件号码', '照片状态', '打包文件名', '原照片文件', '匹配方式'],
      [1, '张三', '11010519491231002X', '合格', '11010519491231002X.jpg', '照片.zip/11010519491231002x.jpg', '文件名为证件号码'],
      [2, '李四', '130503196704010016', '已修复', '130503196704010016.jpg', '照片.zip/李四.jpg', '文件名为学生姓名'],
      [3, '王五', '440106200001011234', '缺少照片', '', '', ''],
    ]);
  });

  test('writes 证件号码 as text cells', async () => {
    const sheet = (await readManifest()).getWorksheet(manifestSheets.students)!;
    expect(sheet.getCell('C2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getColumn(3).numFmt).toBe('@');
  });

  test('explains every finding, one per line', async () => {
    const notes = String((await readManifest()).getWorksheet(manifestSheets.students)!.getCell('H3').value).split('\n');
    expect(notes).toHaveLength(2);
    expect(notes[1]).toContain('背景不是红色');
  });

  test('lists the photos matched to nobody with the reason', async () => {
    const sheet = (await readManifest()).getWorksheet(manifestSheets.unmatched)!;
    expect((sheet.getRow(2).values as unknown[]).slice(1, 3)).toEqual([1, '照片.zip/合影.jpg']);
    expect(String(sheet.getCell('C2').value)).toContain('证件号码.jpg');
  });

  test('removes control characters that would corrupt the workbook', async () => {
    const oddPaths = ['a\u0001b.jpg'];
    const oddMatch = matchPhotos(oddPaths, []);
    const bytes = await buildPhotoManifest({ students: [], rows: [], unmatched: buildUnmatchedPhotoRows([], oddMatch), paths: oddPaths });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.getWorksheet(manifestSheets.unmatched)!.getCell('B2').value).toBe('ab.jpg');
  });
});
