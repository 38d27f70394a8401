/** The name of the pass list: shown before the file is built, so it lives apart from `output.ts`. */
import { toFileNamePart } from '../../src/domain/spreadsheet/rules';

/** Return the file name of the pass list, with the school's name when known. */
export function passListFileName(schoolName: string): string {
  const school = toFileNamePart(schoolName);
  return `${school ? `${school}-` : ''}网店运营推广证书合格名单.xlsx`;
}
