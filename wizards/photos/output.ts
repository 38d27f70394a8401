/**
 * The photo wizard's files (named in file-names.ts): the .zip of `证件号码.jpg` photos
 * the platform imports, and a manifest workbook listing every student's photo status and
 * every photo left over.
 * The manifest is a separate file, never inside the zip: the platform's import expects
 * photos only. jszip and exceljs load on demand, when the user asks for the files.
 */
import { photoMatchLabels, studentPhotoStatusLabels } from '../../src/domain/photos/facts';
import { cleanCellText, estimateColumnWidth } from '../../src/domain/spreadsheet/rules';
import { loadExcelJS } from '../kit/exceljs';
import type { PhotoStudent, StudentPhotoStatus } from '../../src/domain/photos/schema';
import type { StudentPhotoRow, UnmatchedPhotoRow } from '../../src/domain/photos/status';
import { buttons } from '../../src/domain/platform/facts';
import { xlsxMimeType } from '../../src/domain/spreadsheet/facts';
import type { ResultFile } from '../kit/result-file';
import type { PhotosContext } from './context-schema';
import { photoPackFileNames } from './file-names';
import { gatherPackedPhotos, type PackedPhoto } from './pack-photos';
import { arePhotosGone, getPhotoSession } from './photo-session';
import { countStatuses, getStudentRows, getUnmatchedRows } from './selectors';

/** Build the zip of photos, stored uncompressed: JPEGs do not shrink, and storing is fast. */
export async function buildPhotoZip(photos: readonly PackedPhoto[]): Promise<Uint8Array> {
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  for (const photo of photos) zip.file(photo.name, photo.data, { binary: true });
  return zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
}

/** What the manifest lists. */
export interface ManifestInput {
  students: readonly PhotoStudent[];
  rows: readonly StudentPhotoRow[];
  unmatched: readonly UnmatchedPhotoRow[];
  /** Path of every chosen photo file, by file index. */
  paths: readonly string[];
}

/** Sheet names of the manifest. */
export const manifestSheets = { students: '照片清单', unmatched: '未匹配的照片' } as const;

// Light fills that stay readable when printed in grey.
const statusFills: Record<StudentPhotoStatus, string> = {
  matched: 'FFE2F0D9',
  fixed: 'FFDDEBF7',
  missing: 'FFFFF2CC',
  problem: 'FFF8CBAD',
};

type Sheet = ReturnType<InstanceType<(typeof import('exceljs'))['Workbook']>['addWorksheet']>;

function fillSheet(sheet: Sheet, header: string[], body: Array<Array<string | number>>, textColumns: number[]) {
  sheet.addRow(header).font = { bold: true };
  for (const values of body) sheet.addRow(values.map((value) => (typeof value === 'string' ? cleanCellText(value).text : value)));
  header.forEach((title, index) => {
    const column = sheet.getColumn(index + 1);
    // Notes hold one finding per line: size the column by the longest line.
    column.width = estimateColumnWidth([title, ...body.flatMap((values) => String(values[index]).split('\n'))]);
    column.alignment = { vertical: 'top', wrapText: true };
    // ID numbers stay text even when someone retypes them in Excel or WPS.
    if (textColumns.includes(index)) column.numFmt = '@';
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
}

/** Build the manifest workbook: every student's photo status, then the photos matched to nobody. */
export async function buildPhotoManifest({ students, rows, unmatched, paths }: ManifestInput): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();

  const studentSheet = workbook.addWorksheet(manifestSheets.students);
  const studentBody = rows.map((row, index) => [
    index + 1,
    students[row.studentIndex].name,
    students[row.studentIndex].documentNumber,
    studentPhotoStatusLabels[row.status],
    row.packedName ?? '',
    row.fileIndex === undefined ? '' : paths[row.fileIndex],
    row.matchedBy ? photoMatchLabels[row.matchedBy] : '',
    row.notes.join('\n'),
  ]);
  fillSheet(studentSheet, ['序号', '学生姓名', '证件号码', '照片状态', '打包文件名', '原照片文件', '匹配方式', '说明'], studentBody, [2, 4]);
  rows.forEach((row, index) => {
    studentSheet.getCell(index + 2, 4).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: statusFills[row.status] } };
  });

  const unmatchedSheet = workbook.addWorksheet(manifestSheets.unmatched);
  const unmatchedBody = unmatched.map((row, index) => [index + 1, paths[row.fileIndex], row.message]);
  fillSheet(unmatchedSheet, ['序号', '原照片文件', '原因'], unmatchedBody, []);

  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The files of the result screen: the zip while the photos are still in memory, and the manifest (from the saved context alone, so it survives a reload). */
export function listResultFiles(context: PhotosContext): ResultFile[] {
  const counts = countStatuses(getStudentRows(context));
  const packed = counts.matched + counts.fixed;
  return [
    ...(!arePhotosGone(context.sessionId) ? [{ id: 'zip', fileName: photoPackFileNames.zip, description: `${packed} 张照片，以证件号码命名，用于平台的「${buttons.photosImport}」。` }] : []),
    { id: 'manifest', fileName: photoPackFileNames.manifest, description: '每名考生的照片状态（合格、已修复、缺少照片、有问题）和原因，以及没有对应到考生的照片。' },
  ];
}

/** Build one result file as a Blob. */
export async function buildResultFile(id: string, context: PhotosContext): Promise<Blob> {
  const rows = getStudentRows(context);
  if (id === 'manifest') {
    const bytes = await buildPhotoManifest({ students: context.students, rows, unmatched: getUnmatchedRows(context), paths: context.paths });
    return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: xlsxMimeType });
  }
  const session = getPhotoSession(context.sessionId);
  if (!session) throw new Error('photos are gone');
  const bytes = await buildPhotoZip(await gatherPackedPhotos(rows, session));
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
}
