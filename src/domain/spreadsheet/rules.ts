import { cellMaxChars, columnWidth, dataValidationLimits, excelNumberDigits, fileNamePartMaxLength, formulaPrefixes, sheetNameLimit, truncationMark, unsafeFileNameCharacters } from './facts';
import type { CleanedText, CleaningKind } from './schema';

// Zero-width and direction marks, BOM, soft hyphen: invisible in a cell but part of its value.
const invisible = /[\u200B-\u200F\u2028-\u202F\u2060-\u2064\uFEFF\u00AD]/g;
// Characters XML 1.0 forbids (C0 controls but tab, LF, CR; U+FFFE, U+FFFF; unpaired surrogates). exceljs 4.4
// drops the C0 controls silently but writes the others, and one such in a cell makes sharedStrings.xml
// ill-formed, so LibreOffice drops whole columns (issue 12).
const xmlInvalid = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// What cleaning a typed or read value removes: those, and DEL (valid XML, but an invisible control character).
const control = new RegExp(`${xmlInvalid.source}|\\u007F`, 'g');
const outerSpace = /^[\s\u3000]+|[\s\u3000]+$/g;
const fullWidthAscii = /[\uFF01-\uFF5E]/g;

/** Remove characters that are invisible or break a spreadsheet, and trim outer spaces (tabs and line breaks too). */
export function cleanCellText(value: string): CleanedText {
  const kinds: CleaningKind[] = [];
  let text = value;
  const apply = (pattern: RegExp, replacement: string, kind: CleaningKind) => {
    const next = text.replace(pattern, replacement);
    if (next !== text) kinds.push(kind);
    text = next;
  };
  apply(invisible, '', 'invisible');
  apply(control, '', 'controlCharacter');
  apply(/\u00A0/g, ' ', 'outerSpace');
  apply(outerSpace, '', 'outerSpace');
  return { text, kinds };
}

/** Return text with full-width digits, letters and punctuation (and the ideographic space) made half-width. */
export function toHalfWidth(text: string): string {
  return text.replace(fullWidthAscii, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** True when a value would be taken as a formula by a spreadsheet program. */
export function isFormulaLike(value: string): boolean {
  return formulaPrefixes.some((prefix) => value.startsWith(prefix));
}

/** Return a value for a CSV file: a formula-like value gets a leading `'` so it stays text. */
export function protectCsvValue(value: string): string {
  return isFormulaLike(value) ? `'${value}` : value;
}

/** True when a number read from a cell has more digits than Excel keeps, so some were lost. */
export function hasLostDigits(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) >= 10 ** excelNumberDigits;
}

/** Return a number from a cell as the digits it shows, without exponent or grouping. */
export function numberToDigits(value: number): string {
  return Number.isInteger(value) ? BigInt(value).toString() : String(value);
}

/** True when a character is as wide as a CJK character in a spreadsheet cell. */
function isWide(char: string): boolean {
  return /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u.test(char);
}

/** Return a column width that fits the longest value (no autofit in exceljs). */
export function estimateColumnWidth(values: Iterable<string>): number {
  let widest = 0;
  for (const value of values) {
    let width = 0;
    for (const char of value) width += isWide(char) ? columnWidth.perWideChar : columnWidth.perNarrowChar;
    widest = Math.max(widest, width);
  }
  return Math.min(columnWidth.max, Math.max(columnWidth.min, Math.ceil(widest + columnWidth.padding)));
}

/** Return a valid sheet name: forbidden characters replaced, cut to 31 characters. */
export function toSheetName(name: string): string {
  let safe = name;
  for (const char of sheetNameLimit.forbidden) safe = safe.replaceAll(char, '_');
  return [...safe.trim()].slice(0, sheetNameLimit.maxLength).join('') || 'Sheet1';
}

/** Return the inline list formula of a dropdown, or throw when it would exceed Excel's limit. */
export function toInlineListFormula(values: readonly string[]): string {
  const list = values.join(',');
  if (list.length >= dataValidationLimits.inlineListMaxChars || values.some((value) => value.includes(','))) {
    throw new Error(`Dropdown list too long or contains a comma: ${list}`);
  }
  return `"${list}"`;
}

/** Return a validation title or message cut to Excel's limit, so Excel does not "repair" the file. */
export function fitValidationText(text: string, kind: 'title' | 'prompt' | 'error'): string {
  const max = { title: dataValidationLimits.titleMaxChars, prompt: dataValidationLimits.promptMaxChars, error: dataValidationLimits.errorMaxChars }[kind];
  return [...text].slice(0, max).join('');
}

/** Return a whole file name safe on Windows: characters it refuses become “-”. */
export function toSafeFileName(name: string): string {
  return name.replace(unsafeFileNameCharacters, '-').trim();
}

/** Return typed text (a school's name) fit to go inside a file name: refused characters and spaces removed, at most 40 characters. */
export function toFileNamePart(text: string): string {
  return text.replace(unsafeFileNameCharacters, '').replace(/\s+/g, '').slice(0, fileNamePartMaxLength);
}

/** Text ready to write into a cell, and what had to change for it. */
export interface WritableText {
  text: string;
  /** Characters removed because no xlsx may hold them (as U+XXXX). */
  removed: string[];
  /** The length before cutting, when the text was over `cellMaxChars`. */
  cutFrom: number | null;
}

/** Return text every spreadsheet program reads back whole: XML-invalid characters removed, cut to the cell limit. */
export function toWritableText(value: string): WritableText {
  const removed: string[] = [];
  let text = value.replace(xmlInvalid, (char) => {
    removed.push(`U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
    return '';
  });
  let cutFrom: number | null = null;
  if (text.length > cellMaxChars) {
    cutFrom = text.length;
    let end = cellMaxChars - truncationMark.length;
    // Never cut between the two halves of a character outside the BMP.
    if (/[\uD800-\uDBFF]/.test(text[end - 1]!)) end -= 1;
    text = text.slice(0, end) + truncationMark;
  }
  return { text, removed, cutFrom };
}
