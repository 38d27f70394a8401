/** Messages between the page and the spreadsheet worker, and the sheets it reads. */

/** How date cells become text: as the sheet shows them (2008/9/1), or as ISO dates (2008-09-01). */
export type DateStyle = 'shown' | 'iso';

/** One sheet as rows of cell texts. */
export interface SheetGrid {
  name: string;
  /** False for a sheet hidden in Excel (hidden or very hidden). */
  visible: boolean;
  /** Rows that hold at least one cell, each with its spreadsheet row number (1-based) in `rowNumbers`. */
  rows: string[][];
  rowNumbers: number[];
  /** `row:column` (1-based row, 0-based column) of number cells longer than Excel's 15 digits. */
  lostDigits: string[];
}

/** Page → worker: read this workbook. */
export interface ReadRequest {
  bytes: Uint8Array;
  dates: DateStyle;
}

/** Worker → page: every sheet, or why the file cannot be read. */
export type ReadResponse =
  | { ok: true; sheets: SheetGrid[] }
  | { ok: false; problem: 'damaged'; reason: string; entry: string | null }
  | { ok: false; problem: 'password' }
  | { ok: false; problem: 'unreadable'; reason: string };
