/**
 * Issue 11 on the candidate wizard's review screen, with the real row checks: a conflicting
 * pair must be decided before anything of it is imported, a value of an unpublished list
 * used on every row is one notice (no problem rows), and an unlisted 证件类型 is kept with
 * its warning.
 */
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { candidateImportTemplate, importFileLayout } from '../../../../src/domain/candidates/facts';
import type { CandidateColumnKey, CandidateRow } from '../../../../src/domain/candidates/schema';
import { defaultUmlautStyle } from '../../../../src/domain/pinyin/facts';
import { createEmptyWorkspace } from '../../../../src/domain/workspace/rules';
import { createInitialContext, type CandidatesContext } from '../../../../wizards/candidates/context';
import { candidatesDraftSpec } from '../../../../wizards/candidates/context-schema';
import { candidatesMachine } from '../../../../wizards/candidates/machine';
import { buildResultFile, listResultFiles } from '../../../../wizards/candidates/result-files';
import { selectCheckSummary, selectIssues, selectIssuesByRow, selectListNotices } from '../../../../wizards/candidates/selectors';
import { candidatesSteps, conflictFieldId, validateReview } from '../../../../wizards/candidates/steps';
import { checkRows } from '../../../../wizards/candidates/tasks';
import { readDraft } from '../../../../wizards/kit/saved-work';
import { createDraftEnvelope } from '../../../../wizards/kit/draft-envelope';
import { decisionList, decisionRows, unlistedDocument } from '../../../fixtures/candidate-decisions';

const keys = candidateImportTemplate.columns.map((column) => column.key as CandidateColumnKey);
const rows: CandidateRow[] = decisionList.rows.map((cells, index) => ({
  id: index + 1,
  sourceRow: index + 2,
  values: Object.fromEntries(keys.map((key, column) => [key, String(cells[column] ?? '')])) as CandidateRow['values'],
}));
const idA = decisionRows.conflictA + 1;
const idB = decisionRows.conflictB + 1;
const pairKey = `${idA},${idB}`;
const workspace = { ...createEmptyWorkspace(), school: { name: '某某职业学院', siteName: '', siteCode: '' } };

/** The context of the review screen after the real check of the list. */
async function checkedContext(extra: Partial<CandidatesContext> = {}): Promise<CandidatesContext> {
  const checked = await checkRows({ rows, umlautStyle: defaultUmlautStyle, lostDigits: [] }, () => {}, new AbortController().signal);
  return { ...createInitialContext(workspace), sourceKind: 'table', rows: checked.rows, check: { issues: checked.issues, isStale: false }, ...extra };
}

/** Every student row of the import files (院校考生 and 社会考生) as its cells. */
async function importedRows(context: CandidatesContext): Promise<string[][]> {
  const imported: string[][] = [];
  for (const file of listResultFiles(context).filter((entry) => entry.id !== 'problems')) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await (await buildResultFile(file.id, context)).arrayBuffer()) as never);
    const sheet = workbook.worksheets[0]!;
    for (let row = importFileLayout.firstDataRow; sheet.getRow(row).getCell(1).value; row += 1) {
      imported.push((sheet.getRow(row).values as string[]).slice(1));
    }
  }
  return imported;
}

/** The 证件号码 of every student in the import files. */
const importedNumbers = async (context: CandidatesContext) => (await importedRows(context)).map((cells) => cells[4]!);

describe('the review of a list with a conflicting pair', () => {
  test('flags both rows of the pair as conflicting and blocks 下一步 with a link to the pair’s choice on this screen', async () => {
    const context = await checkedContext();
    const pairIssues = selectIssues(context).filter((issue) => issue.conflictGroup === pairKey);
    expect(pairIssues.map((issue) => issue.rowId)).toEqual([idA, idB]);
    expect(pairIssues.every((issue) => issue.severity === 'error' && issue.problem.includes('互相冲突'))).toBe(true);
    const [error] = validateReview({ ...context, isExcludingFailedRows: true });
    expect(error).toMatchObject({ field: conflictFieldId(pairKey), message: expect.stringContaining('还有 1 组') });
    expect(candidatesSteps.hasField('review', context, error!.field)).toBe(true);
  });

  test('writes no row of the undecided pair to the import file', async () => {
    const context = await checkedContext({ isExcludingFailedRows: true });
    const numbers = await importedNumbers(context);
    expect(numbers).toHaveLength(rows.length - 2);
    expect(numbers).not.toContain(rows[decisionRows.conflictA]!.values.documentNumber);
  });

  test.each([
    { choice: 'row A', keep: idA, imported: 1 },
    { choice: 'row B', keep: idB, imported: 1 },
    { choice: 'neither', keep: null, imported: 0 },
  ])('imports what the user chose on the review screen ($choice) and lets 下一步 through', async ({ keep, imported }) => {
    const context = await checkedContext();
    const actor = createActor(candidatesMachine, { snapshot: candidatesMachine.resolveState({ value: 'review', context }), input: { workspace } }).start();
    actor.send({ type: 'conflict.decide', groupKey: pairKey, keepRowId: keep });
    const decided = actor.getSnapshot().context;
    expect(decided.conflictDecisions).toEqual({ [pairKey]: keep });
    expect(validateReview(decided)).toEqual([]);
    const numbers = await importedNumbers(decided);
    expect(numbers.filter((number) => number === rows[decisionRows.conflictA]!.values.documentNumber)).toHaveLength(imported);
    if (keep !== null) expect(numbers).toHaveLength(rows.length - 1);
    actor.send({ type: 'step.next' });
    expect(actor.getSnapshot().value).toBe('pilot');
  });

  test('keeps the decisions in the saved draft, and reads a draft saved before them as nothing decided', async () => {
    const context = await checkedContext({ conflictDecisions: { [pairKey]: idB } });
    const read = readDraft(candidatesDraftSpec, createDraftEnvelope(candidatesDraftSpec, 'review', context, new Date('2026-12-01T08:00:00Z')));
    expect(read).toMatchObject({ kind: 'ok', value: { context: { conflictDecisions: { [pairKey]: idB } } } });
    const { conflictDecisions: _, ...older } = context;
    const readOlder = readDraft(candidatesDraftSpec, createDraftEnvelope(candidatesDraftSpec, 'review', older as CandidatesContext, new Date('2026-12-01T08:00:00Z')));
    expect(readOlder).toMatchObject({ kind: 'ok', value: { context: { conflictDecisions: {} } } });
  });
});

describe('the review of a list that writes 高职 on every row', () => {
  test('gives one notice naming the value and its rows, and no row a problem for it', async () => {
    const context = await checkedContext({ conflictDecisions: { [pairKey]: idA } });
    const notices = selectListNotices(context);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.problem).toContain(`「高职」${rows.length} 行`);
    // Only the real problems are rows with problems: the row kept out by the decision and the unlisted 证件类型.
    expect([...selectIssuesByRow(context).keys()].sort((a, b) => a - b)).toEqual([idB, decisionRows.unlistedType + 1]);
    expect(selectIssues(context).some((issue) => issue.column === 'educationLevel')).toBe(false);
    expect(selectCheckSummary(context)).toMatchObject({ failedRows: 0, listNotices: 1 });
  });

  test('puts the notice on the 问题清单’s own sheet, and only the real problem rows on its first', async () => {
    const context = await checkedContext({ conflictDecisions: { [pairKey]: idA } });
    expect(listResultFiles(context).find((file) => file.id === 'problems')!.description).toContain('1 条关于整份名单的提示');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await (await buildResultFile('problems', context)).arrayBuffer()) as never);
    const [problems, notices] = workbook.worksheets;
    expect(problems!.rowCount).toBe(1 + 2);
    expect(notices!.name).toBe('整体提示');
    expect(String(notices!.getCell('A2').value)).toMatch(/^「专业层次」：名单中的专业层次有 1 种写法：「高职」35 行/);
  });
});

describe('the review of a list with an unlisted 证件类型', () => {
  test('keeps the student with a warning that states the assumption, and writes the type as given', async () => {
    const context = await checkedContext({ conflictDecisions: { [pairKey]: idA } });
    const issue = selectIssues(context).find((entry) => entry.rowId === decisionRows.unlistedType + 1)!;
    expect(issue).toMatchObject({ column: 'documentType', severity: 'warning' });
    expect(issue.fix).toContain(`本向导假定平台接受「${unlistedDocument.type}」`);
    expect(validateReview(context)).toEqual([]);
    const kept = (await importedRows(context)).find((cells) => cells[4] === unlistedDocument.number);
    expect(kept?.[3]).toBe(unlistedDocument.type);
  });
});
