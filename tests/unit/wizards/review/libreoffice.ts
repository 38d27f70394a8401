/** Opening a generated workbook in LibreOffice (headless), as CI does: a real spreadsheet program must read it. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** True when `soffice` can be run here (always in CI). */
export const hasLibreOffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** Convert the first sheet of an .xlsx to CSV (UTF-8) with LibreOffice and return its text. */
export function convertToCsv(xlsx: Uint8Array, name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'apps-soffice-'));
  const file = join(dir, `${name}.xlsx`);
  writeFileSync(file, xlsx);
  // Filter options: comma separator (44), double quotes (34), UTF-8 (76).
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', dir, file], {
    stdio: 'pipe',
    timeout: 110_000,
  });
  return readFileSync(join(dir, `${name}.csv`), 'utf8');
}
