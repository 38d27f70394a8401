/**
 * Which sheets of a workbook to read (issue 12): never a hidden one, and never one of
 * several silently. A student list whose data sits in more than one visible sheet is not
 * guessed at: the user is asked which sheet holds the list (`pickSheet` throws
 * `SheetChoiceNeeded`), since reading them together would take in summary or old-version
 * sheets as students and make the row numbers ambiguous. Score exports read every visible
 * sheet together (`visibleSheetsWithData`): each score row names its student, so nothing
 * is doubled unseen, and every message names its sheet.
 */
import { TaskUserError } from '../../kit/progress-task';
import type { SheetGrid } from './protocol';

/** A sheet the user may choose, with how many non-blank rows it holds. */
export interface SheetOption {
  name: string;
  rows: number;
}

/** Thrown when a workbook has data in several visible sheets: the upload screen asks which one. */
export class SheetChoiceNeeded extends TaskUserError {
  override name = 'SheetChoiceNeeded';
  constructor(
    readonly fileName: string,
    readonly sheets: readonly SheetOption[],
  ) {
    super(`「${fileName}」有 ${sheets.length} 个工作表都有数据（${sheets.map((sheet) => `「${sheet.name}」${sheet.rows} 行`).join('、')}）。请在下面选择要读取的工作表。`);
  }
}

const hasData = (sheet: SheetGrid) => sheet.rows.some((row) => row.some((cell) => cell.trim() !== ''));
const dataRows = (sheet: SheetGrid) => sheet.rows.filter((row) => row.some((cell) => cell.trim() !== '')).length;

/** Return the sheet to read: the one chosen, else the only visible sheet with data; otherwise a message. */
export function pickSheet(fileName: string, sheets: readonly SheetGrid[], chosen: string | null = null): SheetGrid {
  const visible = visibleSheetsWithData(fileName, sheets);
  if (chosen !== null) {
    const sheet = visible.find(({ name }) => name === chosen);
    if (!sheet) throw new TaskUserError(`「${fileName}」中没有名为「${chosen}」且有数据的工作表。请重新选择文件。`);
    return sheet;
  }
  if (visible.length === 1) return visible[0]!;
  throw new SheetChoiceNeeded(fileName, visible.map((sheet) => ({ name: sheet.name, rows: dataRows(sheet) })));
}

/** Return every visible sheet with data (at least one), or a message: never a hidden sheet, never nothing silently. */
export function visibleSheetsWithData(fileName: string, sheets: readonly SheetGrid[]): SheetGrid[] {
  const withData = sheets.filter(hasData);
  const visible = withData.filter((sheet) => sheet.visible);
  if (visible.length > 0) return visible;
  if (withData.length > 0) {
    const names = withData.map(({ name }) => `「${name}」`).join('、');
    throw new TaskUserError(`「${fileName}」中只有隐藏的工作表${names}有数据。请在 Excel 或 WPS 中右键工作表标签，选择「取消隐藏」，确认内容无误后另存再上传。`);
  }
  throw new TaskUserError(`「${fileName}」中没有任何数据。`);
}
