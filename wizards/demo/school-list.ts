/**
 * The sample school's own student list, as a school's records system would
 * export it: its own column names, and the slips a real list has (`ListQuirk`).
 * The 培训 section offers it as 演示数据-学生名单.xlsx for the candidate wizard's
 * exercise; `sampleStudents` is what the list should have said.
 */
import { sampleEducationLevel, sampleMajors } from './sample-school';
import { sampleStudents, type ListQuirk, type SampleStudent } from './sample-students';

/** A list as a spreadsheet holds it: a header row, then rows; a number stands for a number cell. */
export interface SchoolList {
  sheetName: string;
  headers: string[];
  rows: Array<Array<string | number>>;
}

/** The school system's column names (each one the candidate wizard recognises), in its order. */
export const schoolListHeaders = ['序号', '姓名', '拼音', '性别', '证件类型', '证件号码', '联系电话', '年级', '层次', '专业', '专业代码'];

/** The pinyin the list gives where it gives one wrongly read: the everyday reading of a surname. */
const misreadPinyin: Readonly<Record<string, string>> = { 解文博: 'Jie Wenbo' };

/** 证件类型 as the school's system writes it, where it uses another name than the template. */
const listedDocumentTypes: Partial<Record<SampleStudent['documentType'], string>> = { 台湾居民来往大陆通行证: '台胞证' };

const has = (student: SampleStudent, quirk: ListQuirk) => student.quirks.includes(quirk);
const toFullWidth = (text: string) => text.replace(/\d/g, (digit) => String.fromCharCode(0xff10 + Number(digit)));
const isLatinName = (name: string) => /^[A-Za-z ]+$/.test(name);

function listName(student: SampleStudent): string {
  const [surname, ...given] = [...student.name];
  if (has(student, 'spaceInName')) return `${surname} ${given.join('')}`;
  if (has(student, 'invisibleCharacter')) return `${surname}\u200B${given.join('')}`;
  if (has(student, 'lookalikeDot')) return student.name.replace('·', '\u2022');
  if (has(student, 'formulaName')) return `=${student.name}`;
  return student.name;
}

function listPinyin(student: SampleStudent): string {
  if (has(student, 'upperCasePinyin')) return student.pinyin.toUpperCase();
  if (has(student, 'misreadSurnamePinyin')) return misreadPinyin[student.name]!;
  if (has(student, 'customaryPinyin') || isLatinName(student.name)) return student.pinyin;
  return '';
}

function listDocumentType(student: SampleStudent): string {
  if (has(student, 'documentTypeMissing')) return '';
  if (has(student, 'documentTypeAlias')) return '居民身份证';
  return listedDocumentTypes[student.documentType] ?? student.documentType;
}

function listDocumentNumber(student: SampleStudent): string | number {
  const number = student.documentNumber;
  if (has(student, 'fullWidthDigits')) return toFullWidth(number);
  if (has(student, 'badChecksum')) return number.slice(0, 17) + (number[17] === '1' ? '2' : '1');
  if (has(student, 'lowerCaseX')) return number.toLowerCase();
  // A number cell: what Excel keeps when a long number is typed without the text format (15 significant digits).
  if (has(student, 'numberCell')) return Number(number);
  if (has(student, 'legacy15')) return student.legacyNumber!;
  return number;
}

function listPhone(student: SampleStudent): string {
  if (has(student, 'missingPhone')) return '';
  if (has(student, 'phoneWithCountryCode')) return `+86 ${student.phone.slice(0, 3)} ${student.phone.slice(3, 7)} ${student.phone.slice(7)}`;
  return student.phone;
}

function toRow(student: SampleStudent, examYear: number): Array<string | number> {
  const major = sampleMajors[student.major];
  const year = String(examYear - student.yearsEnrolled);
  const gender = has(student, 'genderMismatch') ? (student.gender === '男' ? '女' : '男') : student.gender;
  return [
    listName(student),
    listPinyin(student),
    gender,
    listDocumentType(student),
    listDocumentNumber(student),
    listPhone(student),
    has(student, 'yearWithSuffix') ? `${year}级` : year,
    sampleEducationLevel,
    major.name,
    major.code,
  ];
}

/** Return the phone a second row of the same student gives: another number, as when a student changed phones. */
function otherPhone(student: SampleStudent): string {
  return student.phone.slice(0, 7) + String(9999 - Number(student.phone.slice(7))).padStart(4, '0');
}

/**
 * Return the school's list for an exam in `examYear` (入学年份 counts back from
 * it): every student once, then the rows a list gathers when it is kept by
 * hand: a student pasted in twice, and a student added again with a new phone.
 */
export function buildSchoolList(examYear: number): SchoolList {
  const rows = sampleStudents.map((student) => toRow(student, examYear));
  for (const student of sampleStudents) {
    if (has(student, 'duplicateRow')) rows.push(toRow(student, examYear));
    if (has(student, 'sameNumberOtherPhone')) rows.push(toRow({ ...student, phone: otherPhone(student) }, examYear));
  }
  return {
    sheetName: '演示数据-学生名单',
    headers: schoolListHeaders,
    rows: rows.map((row, index) => [index + 1, ...row]),
  };
}

