import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildEnrolmentRow } from '../../../../src/domain/enrolment/rules';
import { buildRoomImportRow } from '../../../../src/domain/rooms/import-rows';
import { buildProctorList, buildRoster } from '../../../../src/domain/staffing/roster';
import { buildEnrolmentWorkbook } from '../../../../wizards/registration/output';
import { buildRoomImportWorkbook } from '../../../../wizards/rooms/output';
import { buildStaffWorkbook } from '../../../../wizards/staff/output';
import { ninetyCandidates } from '../../../fixtures/checked-candidates';
import { slots, teachers } from '../../../fixtures/staff';

const hasSoffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

// A real spreadsheet program must open every workbook the exam-run wizards write (always in CI).
describe('exam-run workbooks in LibreOffice', () => {
  test.skipIf(!hasSoffice && !process.env.CI)('open and read back the enrolment, room and staff files', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'run-soffice-'));
    const site = { code: '0011000123', name: '北京示范职业学校网店运营推广职业技能等级证书' };
    const roster = buildRoster(teachers, slots, [{ roomName: '301', level: '初级', proctors: ['钱伟', '孙丽', '吴刚'] }]);
    const files = {
      enrolment: await buildEnrolmentWorkbook(ninetyCandidates.map((candidate) => buildEnrolmentRow(candidate, '初级', site))),
      rooms: await buildRoomImportWorkbook([
        buildRoomImportRow('2036年第三次', site.name, { roomName: '301', address: '北京市朝阳区', detailAddress: '实训楼', level: '初级', seats: 45 }),
      ]),
      staff: await buildStaffWorkbook(roster, buildProctorList(roster)),
    };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, `${name}.xlsx`), bytes);
    const inputs = Object.keys(files).map((name) => join(dir, `${name}.xlsx`));
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', dir, ...inputs], { stdio: 'pipe', timeout: 110_000 });
    const read = (name: string) => {
      const path = join(dir, `${name}.csv`);
      expect(existsSync(path), `${name}.csv`).toBe(true);
      return readFileSync(path, 'utf8');
    };
    const enrolment = read('enrolment');
    for (const candidate of ninetyCandidates) expect(enrolment).toContain(`${candidate.name},${candidate.documentNumber},${candidate.candidateType},1530003007010027,`);
    expect(read('rooms')).toContain('"初级理论(1630003007010027101),初级实操(1630003007010027102)",301,北京市朝阳区,实训楼,45');
    expect(read('staff')).toContain('王建国,主考,13900000001,学校办公室,全场');
  });
});
