/** The name of the file this wizard generates: shown before the file is built, so it lives apart from `output.ts`. */
import { toSafeFileName } from '../../src/domain/spreadsheet/rules';

/** Sheet names of the roster workbook. */
export const staffSheetNames = { roster: '考务人员安排', proctors: '监考人员' } as const;

/** Return the file name, e.g. 考务人员安排-2036年第三次网店运营推广全国统考.xlsx. */
export function getStaffFileName(planName: string): string {
  return toSafeFileName(`考务人员安排-${planName}.xlsx`);
}
