/**
 * The reading itself, run inside the spreadsheet worker: the zip container checked
 * first (an .xlsx is a zip; an old .xls is not), then SheetJS turns every sheet into
 * rows of cell texts, keeping which sheets Excel hides.
 */
import { hasLostDigits, numberToDigits } from '../../../src/domain/spreadsheet/rules';
import type { DateStyle, ReadRequest, ReadResponse, SheetGrid } from './protocol';
import { findZipDamage } from './zip-check';

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

type XLSXModule = typeof import('@e965/xlsx');
type CellLike = { t: string; v?: unknown; w?: string; z?: unknown };

/** Read a workbook into sheets, or say why it cannot be read. */
export async function readWorkbookSheets({ bytes, dates }: ReadRequest): Promise<ReadResponse> {
  if (isZip(bytes)) {
    const [damage] = await findZipDamage(bytes);
    if (damage) return { ok: false, problem: 'damaged', reason: damage.reason, entry: damage.entry };
  }
  const XLSX = await import('@e965/xlsx');
  let workbook: import('@e965/xlsx').WorkBook;
  try {
    workbook = XLSX.read(bytes, { type: 'array', dense: true, cellDates: true, cellNF: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/password|encrypt/i.test(message)) return { ok: false, problem: 'password' };
    return { ok: false, problem: 'unreadable', reason: message };
  }
  const hidden = new Map((workbook.Workbook?.Sheets ?? []).map((sheet) => [sheet.name, Boolean(sheet.Hidden)]));
  const sheets = workbook.SheetNames.map((name) => sheetToGrid(XLSX, workbook.Sheets[name]!, name, !hidden.get(name), dates));
  return { ok: true, sheets };
}

function sheetToGrid(XLSX: XLSXModule, sheet: import('@e965/xlsx').WorkSheet, name: string, visible: boolean, dates: DateStyle): SheetGrid {
  const dense = (sheet['!data'] ?? []) as Array<Array<CellLike | undefined> | undefined>;
  const grid: SheetGrid = { name, visible, rows: [], rowNumbers: [], lostDigits: [] };
  dense.forEach((row, rowIndex) => {
    if (!row) return;
    grid.rows.push(Array.from(row, (cell, column) => cellText(XLSX, cell, dates, () => grid.lostDigits.push(`${rowIndex + 1}:${column}`))));
    grid.rowNumbers.push(rowIndex + 1);
  });
  return grid;
}

function cellText(XLSX: XLSXModule, cell: CellLike | undefined, dates: DateStyle, onLostDigits: () => void): string {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  // An error cell (#VALUE!, #N/A) is shown as Excel shows it, so the check names it.
  if (cell.t === 'e') return cell.w ?? '#ERROR';
  if (cell.t === 'd' && cell.v instanceof Date) return dates === 'shown' && cell.w ? cell.w : cell.v.toISOString().slice(0, 10);
  if (cell.t === 'n' && typeof cell.v === 'number') {
    if (cell.z && XLSX.SSF.is_date(cell.z)) return cell.w ?? String(cell.v);
    if (hasLostDigits(cell.v)) onLostDigits();
    return numberToDigits(cell.v);
  }
  return String(cell.v);
}
