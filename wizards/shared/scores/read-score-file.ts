/**
 * Reading a score export the user gives: pasted text (tab-separated from a spreadsheet, or
 * CSV), a .csv file in UTF-8 or GBK, or an .xlsx / .xls workbook (read with SheetJS, loaded
 * only now). Each becomes rows of cell texts for `readScoreTable`.
 */
import { decodeTextFile, parseDelimited } from '../../../src/domain/spreadsheet/delimited';
import { hasLostDigits, numberToDigits } from '../../../src/domain/spreadsheet/rules';
import { TaskUserError } from '../../kit/progress-task';

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

/** Return the rows of the first sheet with data of a workbook, or of a CSV file. */
export async function readScoreFile(fileName: string, bytes: Uint8Array): Promise<Grid> {
  if (bytes.length === 0) throw new TaskUserError(`“${fileName}”是空文件，请重新导出成绩后上传。`);
  if (startsWith(bytes, zip) || startsWith(bytes, ole)) return readWorkbook(fileName, bytes);
  const { text } = decodeTextFile(bytes);
  if (/[\u0000-\u0008]/.test(text.slice(0, 2000))) throw new TaskUserError(`无法读取“${fileName}”：它不是 .xlsx、.xls 或 .csv 格式的表格。`);
  return { rows: parseDelimited(text), notes: [] };
}

async function readWorkbook(fileName: string, bytes: Uint8Array): Promise<Grid> {
  const XLSX = await import('@e965/xlsx');
  let workbook: import('@e965/xlsx').WorkBook;
  try {
    workbook = XLSX.read(bytes, { type: 'array', cellDates: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/password|encrypt/i.test(message)) throw new TaskUserError(`“${fileName}”设置了打开密码。请在 Excel 或 WPS 中去掉密码后另存，再上传。`);
    throw new TaskUserError(`无法读取“${fileName}”：文件可能已损坏（${message}）。请用 Excel 或 WPS 打开后另存为 .xlsx 再试。`);
  }
  const notes: string[] = [];
  for (const sheetName of workbook.SheetNames) {
    const cells = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets[sheetName]!, { header: 1, raw: true, defval: '' });
    const rows = cells.map((row, rowIndex) =>
      row.map((value, column) => {
        if (typeof value === 'number') {
          if (hasLostDigits(value)) notes.push(`“${sheetName}”第 ${rowIndex + 1} 行第 ${column + 1} 列是数字格式，超过 15 位的号码已丢失末尾数字：请在导出的表里把这一列设为文本后重新导出。`);
          return numberToDigits(value);
        }
        return value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '');
      }),
    );
    if (rows.some((row) => row.some((cell) => cell.trim()))) return { rows, notes };
  }
  throw new TaskUserError(`“${fileName}”中没有任何数据。`);
}
