import { beforeAll, describe, expect, test } from 'vitest';
import { checkCandidates, type TableCheck } from '../../../../src/domain/candidates/check-table';
import type { CandidateColumnKey, CandidateRow } from '../../../../src/domain/candidates/schema';
import { loadPinyinEngine } from '../../../../src/domain/pinyin/load';
import { readSourceFile } from '../../../../wizards/candidates/source';
import { createMapping } from '../../../../wizards/candidates/working-table';
import type { SourceTable } from '../../../../wizards/candidates/context';
import { writeSchoolListFile } from '../../../../wizards/demo/files/school-list-file';
import { buildSchoolList, schoolListHeaders } from '../../../../wizards/demo/school-list';
import { sampleStudents, type ListQuirk } from '../../../../wizards/demo/sample-students';

const now = new Date('2026-11-26T09:00:00+08:00');
const list = buildSchoolList(2027);

let source: SourceTable;
let check: TableCheck;

/** The list read the way the candidate wizard reads it: the .xlsx file, its columns recognised, each row checked. */
beforeAll(async () => {
  source = await readSourceFile('演示数据-学生名单.xlsx', await writeSchoolListFile(list));
  const mapping = createMapping(source);
  const rows: CandidateRow[] = source.rows.map((cells, index) => {
    const values = Object.fromEntries(mapping.flatMap((key, column) => (key ? [[key, cells[column] ?? '']] : []))) as CandidateRow['values'];
    return { id: index + 1, sourceRow: source.rowNumbers[index]!, values };
  });
  check = checkCandidates(rows, { pinyin: await loadPinyinEngine(), umlautStyle: 'lyu', today: now });
});

/** A name without what the list's slips add to it: spaces, invisible characters, a leading =, the kind of dot. */
const bareName = (name: string) => name.replace(/[\s\u200B=·\u2022]/g, '');

/** Spreadsheet row numbers of the rows that list a student (header in row 1). */
function rowsOf(name: string): number[] {
  return list.rows.flatMap((row, index) => (bareName(String(row[1])) === bareName(name) ? [index + 2] : []));
}

const studentWith = (quirk: ListQuirk) => sampleStudents.find((student) => student.quirks.includes(quirk))!;
const found = (sourceRow: number, column: CandidateColumnKey, pattern: RegExp) =>
  [...check.issues.map((issue) => ({ ...issue, text: issue.problem })), ...check.changes.map((change) => ({ ...change, text: change.reason }))].some(
    (entry) => entry.sourceRow === sourceRow && entry.column === column && pattern.test(entry.text),
  );

describe('buildSchoolList', () => {
  test('lists about sixty rows under headers the candidate wizard recognises', () => {
    expect(list.rows.length).toBeGreaterThanOrEqual(58);
    expect(createMapping(source).filter(Boolean)).toHaveLength(schoolListHeaders.length - 1);
  });

  test.each<{ quirk: ListQuirk; column: CandidateColumnKey; finding: RegExp }>([
    { quirk: 'fullWidthDigits', column: 'documentNumber', finding: /全角字符改为半角/ },
    { quirk: 'badChecksum', column: 'documentNumber', finding: /最后一位校验码不对/ },
    { quirk: 'lowerCaseX', column: 'documentNumber', finding: /小写 x 改为大写 X/ },
    { quirk: 'legacy15', column: 'documentNumber', finding: /15 位的旧身份证号码/ },
    { quirk: 'spaceInName', column: 'name', finding: /删除了中间的空格/ },
    { quirk: 'invisibleCharacter', column: 'name', finding: /看不见的字符/ },
    { quirk: 'lookalikeDot', column: 'name', finding: /间隔号统一为/ },
    { quirk: 'formulaName', column: 'name', finding: /以 = \+ - @ 开头/ },
    { quirk: 'rareCharacter', column: 'name', finding: /不在拼音字库中/ },
    { quirk: 'phoneWithCountryCode', column: 'phone', finding: /国家代码/ },
    { quirk: 'missingPhone', column: 'phone', finding: /必填项为空/ },
    { quirk: 'upperCasePinyin', column: 'pinyin', finding: /首字母大写/ },
    { quirk: 'misreadSurnamePinyin', column: 'pinyin', finding: /不一致/ },
    { quirk: 'customaryPinyin', column: 'pinyin', finding: /不一致/ },
    { quirk: 'genderMismatch', column: 'gender', finding: /不一致/ },
    { quirk: 'yearWithSuffix', column: 'enrolmentYear', finding: /只保留四位年份/ },
    { quirk: 'documentTypeAlias', column: 'documentType', finding: /写作模板中的「身份证」/ },
    { quirk: 'documentTypeMissing', column: 'documentType', finding: /按证件号码的格式填写/ },
  ])('makes the wizard report $quirk in 「$column」', ({ quirk, column, finding }) => {
    const [row] = rowsOf(studentWith(quirk).name);
    expect(row, `no row for ${quirk}`).toBeDefined();
    expect(found(row!, column, finding)).toBe(true);
  });

  test.each<{ quirk: ListQuirk; finding: RegExp }>([
    { quirk: 'duplicateRow', finding: /完全相同，是重复的一行/ },
    { quirk: 'sameNumberOtherPhone', finding: /证件号码相同，但手机号码不同/ },
  ])('lists the $quirk student a second time, which the wizard reports', ({ quirk, finding }) => {
    const rows = rowsOf(studentWith(quirk).name);
    expect(rows).toHaveLength(2);
    expect(found(rows[1]!, 'documentNumber', finding)).toBe(true);
  });

  test('keeps an ID as a number cell whose last digits Excel lost', () => {
    const [row] = rowsOf(studentWith('numberCell').name);
    expect(source.lostDigits.map((cell) => cell.sourceRow)).toEqual([row]);
  });

  test('offers every 证件类型 through names the wizard knows', () => {
    expect(check.issues.filter((issue) => issue.column === 'documentType')).toEqual([]);
  });
});
