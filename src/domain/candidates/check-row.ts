/**
 * Checking one student after cleaning: fills what can be worked out (拼音 from
 * the name, 性别 and 证件类型 from the number; each fill is a listed change), then
 * returns every problem with what is wrong and how to fix it.
 */
import { checkDocumentNumber, genderFromId, hasValidChecksum, inferDocumentKind, isMobileNumber, isRealDate, toChinaDate } from '../identity/rules';
import type { DocumentKind, DocumentProblem } from '../identity/schema';
import { earliestBirthYear, kindsWithEncodedGender, residencePermitAddressCodes } from '../identity/facts';
import { isPinyinWellFormed, isSamePinyin, toNamePinyin } from '../pinyin/rules';
import type { PinyinEngine, UmlautStyle } from '../pinyin/schema';
import { umlautStyles } from '../pinyin/facts';
import { isFormulaLike } from '../spreadsheet/rules';
import type { CellChange } from './clean';
import { documentTypeKinds, documentTypeReading, documentTypes, enrolmentYearWindow, genders } from './facts';
import type { CandidateColumnKey, CandidateValues, Severity } from './schema';

/** What a row check needs besides the row. */
export interface RowCheckContext {
  pinyin: PinyinEngine;
  umlautStyle: UmlautStyle;
  today: Date;
}

/** A problem in one cell of the row being checked. */
export interface CellIssue {
  column: CandidateColumnKey;
  value: string;
  severity: Severity;
  problem: string;
  fix: string;
  suggestion?: string;
}

const required: readonly CandidateColumnKey[] = ['name', 'pinyin', 'gender', 'documentType', 'documentNumber', 'phone', 'enrolmentYear', 'educationLevel', 'major', 'majorCode'];
const formulaGuarded: readonly CandidateColumnKey[] = ['name', 'documentNumber', 'phone'];
const chineseName = /^[\u3400-\u9FFF\u{20000}-\u{3FFFD}]+(·[\u3400-\u9FFF\u{20000}-\u{3FFFD}]+)*$/u;
const latinName = /^[A-Za-z]+([ .'-][A-Za-z]+)*$/;

/** Return the template's 证件类型 name of a kind of document. */
function documentTypeOf(kind: DocumentKind): (typeof documentTypes)[number] {
  return documentTypes.find((type) => documentTypeKinds[type] === kind)!;
}

/** Return the kind a number can only be: an 18-character number with a valid checksum is a 身份证 or, by its address code, a 居住证. */
function certainDocumentKind(number: string): DocumentKind | null {
  return hasValidChecksum(number) ? inferDocumentKind(number) : null;
}

function documentProblemText(problem: DocumentProblem): { problem: string; fix: string; suggestion?: string } {
  switch (problem.code) {
    case 'empty':
      return { problem: '证件号码为空', fix: '请填写学生的证件号码' };
    case 'legacy15':
      return { problem: '这是 15 位的旧身份证号码', fix: `平台需要 18 位号码；按国家标准升级后为「${problem.upgraded}」，请与学生现在的身份证核对后采用`, suggestion: problem.upgraded };
    case 'format':
      return { problem: '证件号码的格式不对', fix: `应为 ${problem.expected}；请核对证件类型和号码` };
    case 'province':
      return { problem: `开头的「${problem.provinceCode}」不是任何省级行政区的代码`, fix: '请与学生的证件核对前两位' };
    case 'birthDate': {
      // 15-digit numbers hold YYMMDD in positions 7–12, 18-character ones YYYYMMDD in 7–14.
      const digits = problem.birthDate.length === 6 ? '第 7–12 位' : '第 7–14 位';
      if (problem.birthDate.length === 8 && isRealDate(problem.birthDate)) {
        return { problem: `其中的出生日期「${problem.birthDate}」早于 ${earliestBirthYear} 年`, fix: `请与学生的证件核对${digits}` };
      }
      return { problem: `其中的出生日期「${problem.birthDate}」不是真实的日期`, fix: `请与学生的证件核对${digits}` };
    }
    case 'futureBirthDate':
      return { problem: `其中的出生日期「${problem.birthDate}」在今天之后`, fix: '请与学生的证件核对第 7–14 位' };
    case 'checksum':
      return { problem: `最后一位校验码不对（按前 17 位计算应为「${problem.expected}」）`, fix: '通常是某一位抄错了：请与学生的证件逐位核对，不要直接改最后一位' };
    case 'residencePermitAddress':
      return { problem: `港澳台居民居住证应以 ${Object.keys(residencePermitAddressCodes).join('、')} 之一开头，这里是「${problem.addressCode}」`, fix: '请核对证件类型和号码' };
  }
}

/** Fill derivable cells and return the problems of one cleaned row. */
export function checkRow(input: CandidateValues, context: RowCheckContext): { values: CandidateValues; changes: CellChange[]; issues: CellIssue[] } {
  const values = { ...input };
  const changes: CellChange[] = [];
  const issues: CellIssue[] = [];
  const fill = (column: CandidateColumnKey, to: string, reason: string) => {
    changes.push({ column, from: values[column], to, reason });
    values[column] = to;
  };
  const report = (column: CandidateColumnKey, severity: Severity, problem: string, fix: string, suggestion?: string) =>
    issues.push({ column, value: values[column], severity, problem, fix, ...(suggestion ? { suggestion } : {}) });

  for (const column of formulaGuarded) {
    if (isFormulaLike(values[column])) report(column, 'error', '以 = + - @ 开头，表格程序会把它当作公式', '请删去开头的符号，只保留姓名或号码本身');
  }
  const isSafe = (column: CandidateColumnKey) => !isFormulaLike(values[column]);

  // 证件类型: infer when empty, so the number can be checked by the right rules; a value
  // outside the list is never a reason to drop a student (DOMAIN.md: warn, never reject).
  let kind: DocumentKind | null = documentTypeKinds[values.documentType as (typeof documentTypes)[number]] ?? null;
  if (values.documentType === '' && values.documentNumber !== '') {
    const inferred = inferDocumentKind(values.documentNumber);
    if (inferred) {
      fill('documentType', documentTypeOf(inferred), '证件类型为空，按证件号码的格式填写');
      kind = inferred;
    }
  }
  if (values.documentType !== '' && !kind) {
    const written = values.documentType;
    const certain = certainDocumentKind(values.documentNumber);
    if (certain) {
      const name = documentTypeOf(certain);
      fill('documentType', name, `「${written}」不在本向导的证件类型中；证件号码是 18 位且校验码正确，只能是${name}，改写为「${name}」`);
      kind = certain;
    } else {
      const guess = isSafe('documentNumber') ? inferDocumentKind(values.documentNumber) : null;
      const guessName = guess && documentTypeOf(guess);
      report(
        'documentType',
        'warning',
        `「${written}」不在本向导的证件类型（${documentTypes.join('、')}）中`,
        `${documentTypeReading}。本向导假定平台接受「${written}」，按原样写入导入文件，证件号码不按证件规则核对${guessName ? `；号码的格式像${guessName}，如果是，请改为「${guessName}」` : ''}`,
        guessName ?? undefined,
      );
    }
  }
  if (kind && values.documentNumber !== '' && isSafe('documentNumber')) {
    for (const problem of checkDocumentNumber(kind, values.documentNumber, context.today)) {
      const text = documentProblemText(problem);
      report('documentNumber', 'error', text.problem, text.fix, text.suggestion);
    }
    if (kind === 'passport' && inferDocumentKind(values.documentNumber) === 'residentId') {
      report('documentNumber', 'warning', '证件类型是护照，号码却像身份证号码', '请核对证件类型');
    }
  }

  // 性别: must agree with the 17th digit where the document encodes it.
  const encodesGender = kind !== null && kindsWithEncodedGender.includes(kind) && /^\d{17}[\dX]$/.test(values.documentNumber);
  if (values.gender === '' && encodesGender) fill('gender', genderFromId(values.documentNumber), '性别为空，按证件号码第 17 位填写');
  if (values.gender !== '' && !(genders as readonly string[]).includes(values.gender)) {
    report('gender', 'error', '性别只能是「男」或「女」', '请改为「男」或「女」');
  } else if (encodesGender && values.gender !== '' && values.gender !== genderFromId(values.documentNumber)) {
    const digit = values.documentNumber[16]!;
    report('gender', 'error', `与证件号码第 17 位「${digit}」（${Number(digit) % 2 ? '奇数为男' : '偶数为女'}）不一致`, '请与学生核对性别和证件号码，改正错的一项');
  }

  // 学生姓名 and 姓名拼音.
  if (values.name !== '' && isSafe('name')) {
    const isChinese = chineseName.test(values.name);
    if (!isChinese && !latinName.test(values.name)) {
      report('name', 'error', '姓名中有数字、符号或混杂的文字', '请只填写姓名本身；少数民族姓名用「·」分隔');
    } else if (!isChinese) {
      report('name', 'warning', '这是外文姓名', '请与学生的证件核对拼写');
    } else {
      checkPinyin(values, context, fill, report);
    }
  }

  if (values.phone !== '' && isSafe('phone') && !isMobileNumber(values.phone)) {
    report('phone', 'error', '手机号码应为 11 位数字，以 13–19 开头', '请核对号码；不要填写座机号码或加国家代码');
  }
  const year = Number(values.enrolmentYear);
  const thisYear = Number(toChinaDate(context.today).slice(0, 4));
  const latestYear = thisYear + enrolmentYearWindow.yearsAfter;
  if (values.enrolmentYear !== '' && !/^\d{4}$/.test(values.enrolmentYear)) {
    report('enrolmentYear', 'error', '入学年份应为四位数字的年份', `例如「${thisYear}」`);
  } else if (values.enrolmentYear !== '' && (year < enrolmentYearWindow.earliest || year > latestYear)) {
    report('enrolmentYear', 'error', `入学年份不在可接受的范围内（${enrolmentYearWindow.earliest}–${latestYear} 年）`, '请核对学生的入学年份');
  } else if (values.enrolmentYear !== '' && year < thisYear - enrolmentYearWindow.yearsBefore) {
    report('enrolmentYear', 'warning', `入学年份早于 ${thisYear - enrolmentYearWindow.yearsBefore} 年`, '请核对是否填错');
  }
  // 专业层次 is a list the manual does not publish: any value is accepted here, and the
  // whole list gets one notice (`list-notices.ts`) instead of a warning on every row.
  for (const column of required) {
    if (values[column] === '') report(column, 'error', '必填项为空', column === 'pinyin' ? '请手工填写姓名拼音' : '请补充填写');
  }
  return { values, changes, issues };
}

function checkPinyin(
  values: CandidateValues,
  context: RowCheckContext,
  fill: (column: CandidateColumnKey, to: string, reason: string) => void,
  report: (column: CandidateColumnKey, severity: Severity, problem: string, fix: string, suggestion?: string) => void,
) {
  const generated = toNamePinyin(values.name, context.pinyin, context.umlautStyle);
  const isComplete = generated.rareCharacters.length === 0;
  if (values.pinyin === '' && isComplete) fill('pinyin', generated.pinyin, '姓名拼音为空，按姓名生成');
  else if (values.pinyin === '' && !isComplete) {
    report('name', 'error', `「${generated.rareCharacters.join('')}」不在拼音字库中，无法生成拼音`, '请在「姓名拼音」中手工填写');
    return;
  } else if (!isPinyinWellFormed(values.pinyin)) {
    report('pinyin', 'error', '写法不对：应为全拼，姓和名用一个空格隔开，首字母大写', `例如「${generated.pinyin}」`, isComplete ? generated.pinyin : undefined);
    return;
  } else if (isComplete && !isSamePinyin(values.pinyin, generated.pinyin)) {
    report('pinyin', 'warning', `与按姓名生成的「${generated.pinyin}」不一致`, '拼音会印在证书上：请与学生核对，确认无误可以保留', generated.pinyin);
  } else if (!isComplete) {
    report('pinyin', 'warning', `姓名中的「${generated.rareCharacters.join('')}」不在拼音字库中，无法核对拼音`, '请与学生的证件核对');
  }
  if (generated.isMinorityName) report('pinyin', 'warning', '少数民族姓名：已按每个字的读音拼写，本人证件上的写法可能不同', '请与学生的证件核对，例如手册中「库尔班·热合曼」写作「Kuerban Rehemani」');
  if (generated.hasUmlaut) report('pinyin', 'warning', `含 ü 的拼音按设置写作「${umlautStyles[context.umlautStyle].label}」`, '平台要求的写法没有公布：请确认，或在设置中换一种写法');
  if (generated.ambiguousSurname) {
    const { surname, otherReading } = generated.ambiguousSurname;
    report('pinyin', 'warning', `姓氏「${surname}」按作姓时最常见的读音写作「${generated.pinyin.split(' ')[0]}」，${otherReading}`, '请与学生核对姓氏的拼音，确认无误可以保留');
  }
}
