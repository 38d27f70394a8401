/** The name of the pass list: shown before the file is built, so it lives apart from `output.ts`. */

/** Return the file name of the pass list, with the school's name when known. */
export function passListFileName(schoolName: string): string {
  const school = schoolName.trim().replace(/[\\/:*?"<>|]/g, '');
  return `${school ? `${school}-` : ''}网店运营推广证书合格名单.xlsx`;
}
