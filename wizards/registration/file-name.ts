/** The name of the file this wizard generates: shown before the file is built, so it lives apart from `output.ts`. */
import { toSafeFileName } from '../../src/domain/spreadsheet/rules';

/** Return the file name, e.g. 按证书导入报考-2036年第三次网店运营推广全国统考.xlsx. */
export function getEnrolmentFileName(planName: string): string {
  return toSafeFileName(`按证书导入报考-${planName}.xlsx`);
}
