import { describe, expect, test } from 'vitest';
import { findZipDamage } from '../../../../../wizards/shared/spreadsheet-reader/zip-check';
import { libreOfficeList, writeWorkbook, xorMiddle, zeroBlock } from '../../../../fixtures/damaged-files';

const exceljsList = () => writeWorkbook([{ name: '学生名单', rows: [['姓名', '证件号码'], ...Array.from({ length: 300 }, (_, i) => [`张${i}`, `4401062005010${String(10000 + i)}`])] }]);

describe('findZipDamage', () => {
  test.each([
    { maker: 'exceljs', bytes: exceljsList },
    { maker: 'LibreOffice', bytes: async () => libreOfficeList() },
  ])('finds nothing wrong in an intact xlsx saved by $maker', async ({ bytes }) => {
    expect(await findZipDamage(await bytes())).toEqual([]);
  });

  test.each([
    { damage: '800 bytes XOR-ed in the middle of an exceljs xlsx', bytes: async () => xorMiddle(await exceljsList()) },
    { damage: '800 bytes XOR-ed in the middle of a LibreOffice xlsx', bytes: async () => xorMiddle(libreOfficeList()) },
    { damage: '512 bytes zeroed at 4096 of a LibreOffice xlsx', bytes: async () => zeroBlock(libreOfficeList()) },
  ])('reports $damage', async ({ bytes }) => {
    const damage = await findZipDamage(await bytes());
    expect(damage.length).toBeGreaterThan(0);
    expect(damage[0]!.reason).toMatch(/损坏|不符|不完整/);
  });

  test('names the damaged entry of a LibreOffice xlsx zeroed inside its sheet', async () => {
    expect(await findZipDamage(zeroBlock(libreOfficeList()))).toEqual([{ entry: 'xl/worksheets/sheet1.xml', reason: expect.any(String) }]);
  });

  test('reports a file cut short as a container without its directory', async () => {
    const whole = libreOfficeList();
    expect(await findZipDamage(whole.subarray(0, whole.length - 300))).toEqual([{ entry: null, reason: expect.stringMatching(/目录/) }]);
  });

  test('refuses a zip that declares more than the limit before inflating anything', async () => {
    expect(await findZipDamage(libreOfficeList(), 100_000)).toEqual([{ entry: null, reason: expect.stringMatching(/解压后超过/) }]);
  });
});
