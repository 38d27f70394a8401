/**
 * Reading a score export the user gives: pasted text (tab-separated from a spreadsheet, or
 * CSV), a .csv file in UTF-8 or GBK, or an .xlsx / .xls workbook (read in the shared
 * spreadsheet worker). Each becomes rows of cell texts for `readScoreTable`.
 */
import { decodeTextFile, parseDelimited } from '../../../src/domain/spreadsheet/delimited';
import { TaskUserError } from '../../kit/progress-task';
import { visibleSheetsWithData } from '../spreadsheet-reader/pick-sheet';
import type { SheetGrid } from '../spreadsheet-reader/protocol';
import { readWorkbook } from '../spreadsheet-reader/read-workbook';

/** Rows of cell texts, and notes about cells that could not be read exactly. */
export interface Grid {
  rows: string[][];
  notes: string[];
}

/** The grids of a source: one for a paste or CSV, one per visible sheet with data for a workbook (with its name). */
export type SourceGrids = Array<Grid & { sheetName: string | null }>;

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((byte, index) => bytes[index] === byte);
const zip = [0x50, 0x4b, 0x03, 0x04];
const ole = [0xd0, 0xcf, 0x11, 0xe0];

/** Return the rows of pasted text. */
export function readPastedScores(text: string): Grid {
  if (!text.trim()) throw new TaskUserError('粘贴框是空的：请在导出的成绩表中选中表头和考生所在的行，复制后粘贴到这里。');
  return { rows: parseDelimited(text), notes: [] };
}

/** Return the rows of every visible sheet with data of a workbook, or of a CSV file. */
export async function readScoreFile(fileName: string, bytes: Uint8Array, signal = new AbortController().signal): Promise<SourceGrids> {
  if (bytes.length === 0) throw new TaskUserError(`“${fileName}”是空文件，请重新导出成绩后上传。`);
  if (startsWith(bytes, zip) || startsWith(bytes, ole)) {
    return visibleSheetsWithData(fileName, await readWorkbook(fileName, bytes, { signal, dates: 'iso' })).map((sheet) => ({ ...sheetToGrid(sheet), sheetName: sheet.name }));
  }
  const { text } = decodeTextFile(bytes);
  if (/[\u0000-\u0008]/.test(text.slice(0, 2000))) throw new TaskUserError(`无法读取“${fileName}”：它不是 .xlsx、.xls 或 .csv 格式的表格。`);
  return [{ rows: parseDelimited(text), notes: [], sheetName: null }];
}

function sheetToGrid(sheet: SheetGrid): Grid {
  // Rows keep their place (blank ones included), so a row's index + 1 is the row number the sheet shows.
  const rows: string[][] = [];
  sheet.rows.forEach((row, index) => {
    rows[sheet.rowNumbers[index]! - 1] = row;
  });
  const notes = sheet.lostDigits.map((cell) => {
    const [row, column] = cell.split(':').map(Number);
    return `“${sheet.name}”第 ${row} 行第 ${column! + 1} 列是数字格式，超过 15 位的号码已丢失末尾数字：请在导出的表里把这一列设为文本后重新导出。`;
  });
  return { rows: Array.from(rows, (row) => row ?? []), notes };
}
