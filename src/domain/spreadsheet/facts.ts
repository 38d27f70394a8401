/**
 * Limits of spreadsheet files and programs (DOMAIN.md 「Spreadsheets」): what
 * Excel and WPS accept without "repairing" a file, and what exceljs 4.4 does
 * with unusual characters. Data only.
 */

/** Sheet names: at most 31 characters, none of these. */
export const sheetNameLimit = { maxLength: 31, forbidden: ['*', '?', ':', '\\', '/', '[', ']'] } as const;

/** Data validation: an inline list must stay under 255 characters; titles and messages have limits. */
export const dataValidationLimits = {
  inlineListMaxChars: 255,
  titleMaxChars: 32,
  promptMaxChars: 255,
  errorMaxChars: 224,
} as const;

/** A cell starting with one of these is treated as a formula when edited or opened as CSV. */
export const formulaPrefixes: readonly string[] = ['=', '+', '-', '@', '\t', '\r'];

/** Excel keeps 15 significant digits of a number: an ID stored as a number loses the rest. */
export const excelNumberDigits = 15;

/** Column width units: about 2 per CJK character, 1 per other character, within these bounds. */
export const columnWidth = { perWideChar: 2.1, perNarrowChar: 1.1, padding: 2, min: 8, max: 60 } as const;

/** Number format that makes a column text, so typed IDs and phones keep their digits. */
export const textNumberFormat = '@';

/** Characters Windows refuses in a file name (and control characters), for the files the wizards download. */
export const unsafeFileNameCharacters = /[\\/:*?"<>|\u0000-\u001f]/g;

/** Longest school name kept inside a file name: long names still fit Windows' path limits. */
export const fileNamePartMaxLength = 40;

/** MIME type of an .xlsx file, for download Blobs and served files. */
export const xlsxMimeType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Most characters a cell holds (Excel's specifications and limits); longer text is cut by Excel or makes the file "need repair". */
export const cellMaxChars = 32_767;

/** Appended to text cut at `cellMaxChars`, so a reader sees it was cut. */
export const truncationMark = '…（超出表格单元格上限，已截断）';
