/**
 * Reading a score export the user gives: pasted text (tab-separated from a spreadsheet, or
 * CSV), a .csv file in UTF-8 or GBK, or an .xlsx / .xls workbook (read in the shared
 * spreadsheet worker). Each becomes rows of cell texts for `readScoreTable`.
 */
import { decodeTextFile, parseDelimited } from '../../../src/domain/spreadsheet/delimited';
import { TaskUserError } from '../../kit/progress-task';
import { pickSheet } from '../spreadsheet-reader/pick-sheet';
import { readWorkbook } from '../spreadsheet-reader/read-workbook';

/** Rows of cell texts, and notes about cells that could not be read exactly. */
export interface Grid {
  rows: string[][];
  notes: string[];
}

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((byte, index) => bytes[index] === byte);
const zip = [0x50, 0x4b, 0x03, 0x04];
const ole = [0xd0, 0xcf, 0x11, 0xe0];

/** Return the rows of pasted text. */
export function readPastedScores(text: string): Grid {
  if (!text.trim()) throw new TaskUserError('粘贴框是空的：请在导出的成绩表中选中表头和考生所在的行，复制后粘贴到这里。');
  return { rows: parseDelimited(text), notes: [] };
}

/** Return the rows of a workbook's visible sheet with data (or the sheet chosen), or of a CSV file. */
export async function readScoreFile(fileName: string, bytes: Uint8Array, signal = new AbortController().signal, sheetName: string | null = null): Promise<Grid> {
  if (bytes.length === 0) throw new TaskUserError(`“${fileName}”是空文件，请重新导出成绩后上传。`);
  if (startsWith(bytes, zip) || startsWith(bytes, ole)) return readWorkbookGrid(fileName, bytes, signal, sheetName);
  const { text } = decodeTextFile(bytes);
  if (/[\u0000-\u0008]/.test(text.slice(0, 2000))) throw new TaskUserError(`无法读取“${fileName}”：它不是 .xlsx、.xls 或 .csv 格式的表格。`);
  return { rows: parseDelimited(text), notes: [] };
}

async function readWorkbookGrid(fileName: string, bytes: Uint8Array, signal: AbortSignal, sheetName: string | null): Promise<Grid> {
  const sheet = pickSheet(fileName, await readWorkbook(fileName, bytes, { signal, dates: 'iso' }), sheetName);
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
