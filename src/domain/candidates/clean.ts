/**
 * Cleaning a student's cells before checking them. Every change is returned with
 * its reason so the wizard can list it: nothing is changed silently. Values are
 * only made tidier here (spaces, full-width characters, x → X, invisible
 * characters, known spellings of 性别 and 证件类型); anything that needs judgement
 * is left to the checks.
 */
import { canonicalMiddleDot } from '../pinyin/facts';
import { normalizeMiddleDots, normalizePinyinCase } from '../pinyin/rules';
import { cleanCellText, toHalfWidth } from '../spreadsheet/rules';
import type { CleaningKind } from '../spreadsheet/schema';
import { documentTypeAliases, genderAliases } from './facts';
import type { CandidateColumnKey, CandidateValues } from './schema';

/** A change cleaning made to one cell. */
export interface CellChange {
  column: CandidateColumnKey;
  from: string;
  to: string;
  reason: string;
}

const kindReasons: Record<CleaningKind, string> = {
  invisible: '删除了看不见的字符（零宽空格等）',
  controlCharacter: '删除了控制字符（表格程序无法保存）',
  outerSpace: '删除了前后的空格',
  innerSpace: '删除了中间的空格',
  fullWidth: '全角字符改为半角',
  lowerCaseX: '小写 x 改为大写 X',
  middleDot: '间隔号统一为「·」',
  separator: '删除了分隔符号',
};

const cjkSpace = /(?<=[\u3400-\u9FFF\u{20000}-\u{3FFFD}·])[\s\u3000]+(?=[\u3400-\u9FFF\u{20000}-\u{3FFFD}·])/gu;

/** Clean one value of a column; returns the new text and the reasons for each step that changed it. */
export function cleanValue(column: CandidateColumnKey, value: string): { text: string; reasons: string[] } {
  const basic = cleanCellText(value);
  const reasons = basic.kinds.map((kind) => kindReasons[kind]);
  let text = basic.text;
  const step = (next: string, reason: string) => {
    if (next !== text) reasons.push(reason);
    text = next;
  };
  switch (column) {
    case 'name':
      step(normalizeMiddleDots(text), kindReasons.middleDot);
      step(text.replace(cjkSpace, ''), kindReasons.innerSpace);
      step(text.replace(new RegExp(`\\s*${canonicalMiddleDot}\\s*`, 'g'), canonicalMiddleDot), kindReasons.innerSpace);
      break;
    case 'pinyin':
      step(toHalfWidth(text), kindReasons.fullWidth);
      if (/^[A-Za-zÜü\s]+$/.test(text)) step(normalizePinyinCase(text), '统一为姓和名首字母大写、用一个空格隔开');
      break;
    case 'gender':
      step(genderAliases[text] ?? text, `「${text}」写作「${genderAliases[text]}」`);
      break;
    case 'documentType':
      step(documentTypeAliases[text] ?? text, `「${text}」写作模板中的「${documentTypeAliases[text]}」`);
      break;
    case 'documentNumber':
      step(toHalfWidth(text), kindReasons.fullWidth);
      step(text.replace(/[\s-]+/g, ''), kindReasons.innerSpace);
      step(text.replace(/x$/, 'X'), kindReasons.lowerCaseX);
      step(text.toUpperCase(), '小写字母改为大写');
      break;
    case 'phone':
      step(toHalfWidth(text), kindReasons.fullWidth);
      step(text.replace(/[\s-]+/g, ''), kindReasons.separator);
      step(text.replace(/^\+?86(?=1\d{10}$)/, ''), '删除了国家代码 86');
      break;
    case 'enrolmentYear':
      step(toHalfWidth(text), kindReasons.fullWidth);
      step(text.replace(/^(\d{4})\s*(?:级|年|届|[-./年]\d{1,2}(?:[-./月]\d{1,2}日?)?月?)$/, '$1'), '只保留四位年份');
      break;
    case 'majorCode':
      step(toHalfWidth(text), kindReasons.fullWidth);
      step(text.replace(/\s+/g, ''), kindReasons.innerSpace);
      break;
    case 'educationLevel':
    case 'major':
      step(text.replace(/\s+/g, ''), kindReasons.innerSpace);
      break;
  }
  return { text, reasons };
}

/** Clean every cell of a row; returns the cleaned values and one change per changed cell. */
export function cleanRow(values: CandidateValues): { values: CandidateValues; changes: CellChange[] } {
  const cleaned = { ...values };
  const changes: CellChange[] = [];
  for (const column of Object.keys(values) as CandidateColumnKey[]) {
    const { text, reasons } = cleanValue(column, values[column]);
    if (text !== values[column]) {
      cleaned[column] = text;
      changes.push({ column, from: values[column], to: text, reason: reasons.join('；') });
    }
  }
  return { values: cleaned, changes };
}
