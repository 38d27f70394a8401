/**
 * The candidate wizard's screens in order: each one's name in the step indicator,
 * the fields its errors name, what stops 下一步 on it, when it may be entered
 * directly, and what it writes to the workspace. Pure functions of the context.
 *
 * The indicator shows eight steps: 学校名称 → 学生名单 → 拼音写法 → 检查结果 → 试点专业 →
 * 院校/社会考生 → 核对 → 生成文件. 学生名单 holds every screen of giving the list (how,
 * then the file, the paste or the typed table, then the columns of a file or paste),
 * so each of the three ways reads the same, and going back to it always works: it
 * opens 名单来源, whose 下一步 returns to the way chosen with everything kept.
 */
import { columnHeader } from '../../src/domain/candidates/format';
import type { Pilot } from '../../src/domain/workspace/schema';
import { defineSteps } from '../kit/step-list';
import type { FieldError } from '../kit/wizard-machine';
import type { CandidatesContext, SourceKind } from './context-schema';
import { selectRecords } from './selectors';
import { addRowFieldId, cellId } from './working-table';

/** Return the errors of the 学校 screen. */
export function validateSchool(context: CandidatesContext): FieldError[] {
  return context.schoolName.trim() === '' ? [{ field: 'schoolName', message: '请输入学校名称' }] : [];
}

/** Return the errors of the 名单来源 screen. */
export function validateSourceKind(context: CandidatesContext): FieldError[] {
  return context.sourceKind ? [] : [{ field: 'sourceKind', message: '请选择怎样提供学生名单' }];
}

/** Return the errors of the 上传文件 screen: a file must have been read. */
export function validateUpload(context: CandidatesContext): FieldError[] {
  return context.source?.origin.kind === 'file' ? [] : [{ field: 'sourceFile', message: '请选择学生名单文件' }];
}

/** Return the errors of the 粘贴名单 screen. */
export function validatePaste(context: CandidatesContext): FieldError[] {
  return context.pasteText.trim() === '' ? [{ field: 'pasteText', message: '粘贴框是空的：请从表格中复制学生名单（包括表头）后粘贴' }] : [];
}

/** Return the errors of the 列对应 screen: each column used once; name and number present. */
export function validateMapping(context: CandidatesContext): FieldError[] {
  const errors: FieldError[] = [];
  context.mapping.forEach((key, index) => {
    if (key && context.mapping.indexOf(key) !== index) {
      errors.push({ field: `mapping-${index}`, message: `「${columnHeader(key)}」对应了不止一列：请只保留一列` });
    }
  });
  for (const key of ['name', 'documentNumber'] as const) {
    if (!context.mapping.includes(key)) {
      errors.push({ field: 'mapping-0', message: `名单中没有找到「${columnHeader(key)}」列：请在下面指出哪一列是${columnHeader(key)}` });
    }
  }
  return errors;
}

/** Return the errors of the table screen where the list is typed; the error links to the first row, or to 添加一行 when none is left. */
export function validateTypedRows(context: CandidatesContext): FieldError[] {
  const hasAny = context.rows.some((row) => Object.values(row.values).some((value) => value.trim() !== ''));
  if (hasAny) return [];
  const first = context.rows[0];
  return [{ field: first ? cellId(first.id, 'name') : addRowFieldId, message: '表格是空的：请至少填写一名学生' }];
}

/** Return the errors of the 检查结果 screen. */
export function validateReview(context: CandidatesContext): FieldError[] {
  const check = context.check;
  if (!check) return [{ field: 'recheck', message: '请先检查名单' }];
  if (check.isStale) return [{ field: 'recheck', message: '表格改过之后还没有重新检查：请点「重新检查」' }];
  const failed = new Set(check.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.rowId));
  if (failed.size > 0 && !context.isExcludingFailedRows) {
    return [{ field: 'excludeFailedRows', message: `还有 ${failed.size} 名学生的信息有错误：请在表格中改正后点「重新检查」，或勾选「先不导入有错误的学生」` }];
  }
  if (failed.size === context.rows.length) return [{ field: 'recheck', message: '所有学生的信息都有错误，没有可以导入的学生' }];
  return [];
}

/** Return the pilot settings from what was typed, or the errors of the 试点专业 screen. */
export function parsePilot(context: CandidatesContext): { pilot: Pilot; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const majors = context.pilotMajorsText
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const match = /^(.*?)[\s,，、]+([0-9A-Za-z]+)$/.exec(line);
      return match ? { name: match[1]!.trim(), code: match[2]! } : { name: line, code: '' };
    });
  const scaleText = context.approvedScaleText.trim();
  const scale = /^\d+$/.test(scaleText) ? Number(scaleText) : null;
  if (context.pilot.isPilotSchool) {
    if (majors.length === 0) errors.push({ field: 'pilotMajors', message: '请填写本年度的试点专业，每行一个' });
    if (scale === null) errors.push({ field: 'approvedScale', message: '请用数字填写已批准培训人数，例如 120' });
  }
  return { pilot: { isPilotSchool: context.pilot.isPilotSchool, majors, approvedScale: scale }, errors };
}

// When each screen may be entered directly (修改, the indicator, Back/Forward, a URL). Each builds on
// the one before, and each asks for what the screen needs to show: the list read, rows, a check.
const hasSchool = (context: CandidatesContext) => validateSchool(context).length === 0;
const hasChosen = (kind: SourceKind) => (context: CandidatesContext) => hasSchool(context) && context.sourceKind === kind;
const hasReadList = (context: CandidatesContext) => hasSchool(context) && context.source !== null && context.source.origin.kind === context.sourceKind;
const hasRows = (context: CandidatesContext) => hasSchool(context) && context.rows.length > 0;
const hasCheck = (context: CandidatesContext) => hasRows(context) && context.check !== null;
const hasCheckedList = (context: CandidatesContext) => hasCheck(context) && validateReview(context).length === 0;
const hasPilot = (context: CandidatesContext) => hasCheckedList(context) && parsePilot(context).errors.length === 0;

/** The screens, in order. */
export const candidatesSteps = defineSteps<CandidatesContext>()({
  school: {
    title: '学校名称',
    fields: ['schoolName'],
    check: validateSchool,
    saves: (context) => ({ school: { name: context.schoolName.trim() } }),
  },
  source: { title: '学生名单', fields: ['sourceKind'], check: validateSourceKind },
  upload: { title: '上传名单', partOf: 'source', fields: ['sourceFile'], check: validateUpload, canEnter: hasChosen('file') },
  paste: { title: '粘贴名单', partOf: 'source', fields: ['pasteText'], check: validatePaste, canEnter: hasChosen('paste') },
  entry: {
    title: '填写名单',
    partOf: 'source',
    // The error names the first row's 姓名, whichever row is first (cell-<id>-name), or 添加一行.
    fields: (context) => [...(context.rows[0] ? [cellId(context.rows[0].id, 'name')] : []), addRowFieldId],
    check: validateTypedRows,
    canEnter: hasChosen('table'),
  },
  mapping: {
    title: '列对应',
    partOf: 'source',
    // A missing column links to the first column's choice; a column chosen twice to its own (mapping-<n>).
    fields: (context) => ['mapping-0', ...context.mapping.map((_, index) => `mapping-${index}`)],
    check: validateMapping,
    canEnter: hasReadList,
  },
  // Its field carries the failure of the check 开始检查 starts here.
  umlaut: { title: '拼音写法', fields: ['umlautStyle'], canEnter: hasRows },
  review: { title: '检查结果', fields: ['recheck', 'excludeFailedRows'], check: validateReview, canEnter: hasCheck },
  pilot: {
    title: '试点专业',
    fields: ['pilotMajors', 'approvedScale'],
    check: (context) => parsePilot(context).errors,
    canEnter: hasCheckedList,
    saves: (context) => ({ pilot: parsePilot(context).pilot }),
  },
  classify: { title: '院校/社会考生', canEnter: hasPilot },
  answers: { title: '核对', canEnter: hasPilot, saves: (context) => ({ candidates: selectRecords(context) }) },
  result: { title: '生成文件', canEnter: hasPilot },
});
export type CandidatesStep = (typeof candidatesSteps.ids)[number];
