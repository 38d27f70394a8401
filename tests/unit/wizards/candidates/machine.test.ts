import { describe, expect, test } from 'vitest';
import { createActor, waitFor, type AnyActorLogic, type AnyActorRef } from 'xstate';
import type { TableCheck } from '../../../../src/domain/candidates/check-table';
import { createEmptyWorkspace } from '../../../../src/domain/workspace/rules';
import type { CandidatesContext, SourceTable } from '../../../../wizards/candidates/context-schema';
import { candidatesMachine, type CandidatesEvent } from '../../../../wizards/candidates/machine';
import { candidatesSteps } from '../../../../wizards/candidates/steps';
import { fromProgressTask, TaskUserError } from '../../../../wizards/kit/progress-task';
import { expectEveryStateReached, walkMachine } from '../kit/machine-paths';

const input = { workspace: createEmptyWorkspace() };
const source: SourceTable = {
  origin: { kind: 'file', fileName: '名单.xlsx' },
  sheetName: 'Sheet1',
  hasHeaderRow: true,
  headers: ['姓名', '身份证号', '专业'],
  rows: [['张三', '11010519491231002X', '电子商务'], ['李四', '110105194912310021', '电子商务']],
  rowNumbers: [2, 3],
  lostDigits: [],
  skippedBlankRows: 0,
};
const values = (name: string, documentNumber: string) => ({ name, pinyin: '', gender: '', documentType: '', documentNumber, phone: '', enrolmentYear: '', educationLevel: '', major: '电子商务', majorCode: '' });
const check: TableCheck = {
  rows: [
    { id: 1, sourceRow: 2, values: values('张三', '11010519491231002X') },
    { id: 2, sourceRow: 3, values: values('李四', '110105194912310021') },
  ],
  changes: [],
  issues: [{ rowId: 2, sourceRow: 3, column: 'documentNumber', value: '110105194912310021', severity: 'error', problem: '校验码不对', fix: '请核对' }],
};

// Representative events: a valid and an invalid answer for each screen, and each task's done, failure and 取消.
type WalkEvent = CandidatesEvent | { type: `xstate.done.actor.${string}`; output: unknown } | { type: `xstate.error.actor.${string}`; error: unknown };
const events = (snapshot: { value: unknown }): WalkEvent[] => {
  const common: WalkEvent[] = [{ type: 'step.next' }, { type: 'step.back' }];
  switch (snapshot.value) {
    case 'school':
      return [...common, { type: 'school.set', value: '某某职业学院' }];
    case 'source':
      return [...common, { type: 'source.choose', kind: 'file' }, { type: 'source.choose', kind: 'paste' }, { type: 'source.choose', kind: 'table' }];
    case 'upload':
      return [...common, { type: 'file.choose', file: {} as File }];
    case 'paste':
      return [...common, { type: 'paste.set', text: '姓名\t身份证号' }];
    case 'reading':
      return [{ type: 'xstate.done.actor.readSource', output: source }, { type: 'xstate.error.actor.readSource', error: new TaskUserError('无法读取') }, { type: 'task.cancel' }];
    case 'entry':
      return [...common, { type: 'row.edit', rowId: 1, column: 'name', value: '张三' }, { type: 'row.add' }];
    case 'checking':
      return [{ type: 'xstate.done.actor.checkRows', output: check }, { type: 'xstate.error.actor.checkRows', error: new Error('出错') }, { type: 'task.cancel' }];
    case 'review':
      return [...common, { type: 'failedRows.exclude', value: true }, { type: 'check.run' }, { type: 'row.delete', rowId: 2 }];
    case 'pilot':
      return [...common, { type: 'pilot.setMajors', text: '电子商务' }, { type: 'pilot.setScale', text: '1' }, { type: 'pilot.setIsPilotSchool', value: false }];
    case 'classify':
      return [...common, { type: 'candidate.move', rowId: 1, to: '社会考生' }];
    default:
      return [...common, { type: 'step.goto', step: 'school' }, { type: 'step.goto', step: 'review' }];
  }
};
const serializeContext = (context: CandidatesContext) => ({
  school: context.schoolName !== '',
  kind: context.sourceKind,
  source: context.source !== null,
  rows: Math.min(context.rows.length, 2),
  check: context.check && (context.check.isStale ? 'stale' : context.check.issues.length),
  exclude: context.isExcludingFailedRows,
  pilot: [context.pilot.isPilotSchool, context.pilotMajorsText !== '', context.approvedScaleText !== ''],
  errors: context.errors.map((error) => error.field),
});
const walk = { input, events: events as never, serializeContext };

/** Start the machine on a fresh workspace with the given tasks (fakes of readSource, checkRows), at the upload or paste screen. */
function startAt(kind: 'file' | 'paste', actors: Record<string, AnyActorLogic>) {
  const actor = createActor(candidatesMachine.provide({ actors: actors as never }), { input }).start();
  actor.send({ type: 'school.set', value: '某某职业学院' });
  actor.send({ type: 'step.next' });
  actor.send({ type: 'source.choose', kind });
  actor.send({ type: 'step.next' });
  return actor;
}

/** Read a paste and check it once with the given check task; returns the actor on 检查结果 (or where the check failed). */
async function checkOnce(checkRows: AnyActorLogic) {
  const actor = startAt('paste', { readSource: fromProgressTask(async () => source), checkRows });
  actor.send({ type: 'paste.set', text: '姓名\t身份证号' });
  actor.send({ type: 'step.next' });
  await waitFor(actor, (snapshot) => snapshot.value === 'mapping');
  actor.send({ type: 'step.next' });
  actor.send({ type: 'step.next' });
  await waitFor(actor, (snapshot) => snapshot.value !== 'checking');
  return actor;
}

const failing = (error: Error) => fromProgressTask<unknown, never>(async () => Promise.reject(error));
const errorsOf = (actor: AnyActorRef) => (actor.getSnapshot().context as CandidatesContext).errors;

describe('candidatesMachine', () => {
  test('reaches every state with representative events', () => {
    expectEveryStateReached(candidatesMachine, walk);
  });

  test('reaches the result only through a check, the pilot screen and the answers', () => {
    const toResult = walkMachine(candidatesMachine, walk).filter((path) => path.state.value === 'result');
    expect(toResult.length).toBeGreaterThan(0);
    for (const path of toResult) {
      const visited = path.steps.map((step) => step.state.value);
      expect(visited).toEqual(expect.arrayContaining(['checking', 'review', 'pilot', 'classify', 'answers']));
    }
  });

  test('keeps what was typed when 下一步 fails, and shows why', () => {
    const actor = createActor(candidatesMachine, { input }).start();
    actor.send({ type: 'school.set', value: '  ' });
    actor.send({ type: 'step.next' });
    expect(actor.getSnapshot().value).toBe('school');
    expect(actor.getSnapshot().context).toMatchObject({ schoolName: '  ', errors: [{ field: 'schoolName', message: '请输入学校名称' }] });
  });

  test('emits the school name to the workspace when the school screen is done', () => {
    const actor = createActor(candidatesMachine, { input }).start();
    const patches: unknown[] = [];
    actor.on('workspace.update', (event) => patches.push(event.patch));
    actor.send({ type: 'school.set', value: ' 某某职业学院 ' });
    actor.send({ type: 'step.next' });
    expect(patches).toEqual([{ school: { name: '某某职业学院' } }]);
  });

  test('refuses to jump to a step that is not reachable yet', () => {
    const actor = createActor(candidatesMachine, { input }).start();
    actor.send({ type: 'step.goto', step: 'result' });
    expect(actor.getSnapshot().value).toBe('school');
  });

  test('offers the school name and pilot majors the workspace already knows', () => {
    const workspace = { ...createEmptyWorkspace(), school: { name: '某某职业学院', siteName: '', siteCode: '' }, pilot: { isPilotSchool: true, majors: [{ name: '电子商务', code: '530701' }], approvedScale: 40 } };
    const context = createActor(candidatesMachine, { input: { workspace } }).start().getSnapshot().context;
    expect(context).toMatchObject({ schoolName: '某某职业学院', pilotMajorsText: '电子商务 530701', approvedScaleText: '40' });
  });

  test('maps a read list into the working table, typed as the task returned it', async () => {
    const actor = startAt('file', { readSource: fromProgressTask(async () => source) });
    actor.send({ type: 'file.choose', file: new File(['x'], '名单.xlsx') });
    await waitFor(actor, (snapshot) => snapshot.value === 'mapping');
    actor.send({ type: 'step.next' });
    const { value, context } = actor.getSnapshot();
    expect(value).toBe('umlaut');
    expect(context.rows.map((row) => [row.sourceRow, row.values.name, row.values.documentNumber])).toEqual([
      [2, '张三', '11010519491231002X'],
      [3, '李四', '110105194912310021'],
    ]);
    expect(context.progress).toBeNull();
  });

  test('edits a cell of the typed table', () => {
    const actor = createActor(candidatesMachine, { input }).start();
    actor.send({ type: 'school.set', value: '某某职业学院' });
    actor.send({ type: 'step.next' });
    actor.send({ type: 'source.choose', kind: 'table' });
    actor.send({ type: 'step.next' });
    actor.send({ type: 'row.edit', rowId: 2, column: 'name', value: '李四' });
    expect(actor.getSnapshot().value).toBe('entry');
    expect(actor.getSnapshot().context.rows.map((row) => row.values.name)).toEqual(['', '李四', '', '', '']);
  });

  test('edits a cell on the review screen and asks for 重新检查', async () => {
    const actor = await checkOnce(fromProgressTask(async () => check));
    actor.send({ type: 'row.edit', rowId: 2, column: 'name', value: '李四四' });
    expect(actor.getSnapshot().context.rows[1]!.values.name).toBe('李四四');
    expect(actor.getSnapshot().context.check?.isStale).toBe(true);
  });
});

describe('candidatesMachine task failures', () => {
  test.each([
    { kind: 'file' as const, field: 'sourceFile', screen: 'upload' },
    { kind: 'paste' as const, field: 'pasteText', screen: 'paste' },
  ])('shows a failed read of a $kind as the error of $field on $screen', async ({ kind, field, screen }) => {
    const actor = startAt(kind, { readSource: failing(new TaskUserError('「通知.pdf」是 PDF 文件，不是表格。')) });
    if (kind === 'file') actor.send({ type: 'file.choose', file: new File(['%PDF'], '通知.pdf') });
    else {
      actor.send({ type: 'paste.set', text: '姓名' });
      actor.send({ type: 'step.next' });
    }
    await waitFor(actor, (snapshot) => snapshot.value === screen);
    expect(errorsOf(actor)).toEqual([{ field, message: '「通知.pdf」是 PDF 文件，不是表格。' }]);
    expect(actor.getSnapshot().context.progress).toBeNull();
  });

  test('shows a failed first check on the screen of 开始检查, with the cause and that nothing was lost', async () => {
    const actor = await checkOnce(failing(new Error('内存不足')));
    expect(actor.getSnapshot().value).toBe('umlaut');
    expect(errorsOf(actor)).toEqual([{ field: 'umlautStyle', message: expect.stringContaining('处理时出现意外错误（内存不足）。您的数据没有丢失') }]);
  });

  test('shows a failed 重新检查 on the review screen, linked to 重新检查', async () => {
    let calls = 0;
    const actor = await checkOnce(fromProgressTask(async () => (calls++ === 0 ? check : Promise.reject(new Error('内存不足')))));
    actor.send({ type: 'check.run' });
    await waitFor(actor, (snapshot) => snapshot.value === 'review' && snapshot.context.errors.length > 0);
    expect(errorsOf(actor).map((error) => error.field)).toEqual(['recheck']);
    expect(candidatesSteps.definitions.review.fields).toContain('recheck');
  });
});

describe('candidatesSteps.canEnter', () => {
  const fresh = createActor(candidatesMachine, { input }).getSnapshot().context;
  const named = { ...fresh, schoolName: '某某职业学院' };
  test.each([
    { step: 'school', case: 'a fresh start', context: fresh, expected: true },
    { step: 'source', case: 'no school name', context: fresh, expected: false },
    { step: 'source', case: 'a school name', context: named, expected: true },
    { step: 'upload', case: 'a file chosen', context: { ...named, sourceKind: 'file' as const }, expected: true },
    { step: 'paste', case: 'a file chosen', context: { ...named, sourceKind: 'file' as const }, expected: false },
    { step: 'mapping', case: 'a file chosen and read', context: { ...named, sourceKind: 'file' as const, source }, expected: true },
    { step: 'mapping', case: 'a paste chosen after a file was read', context: { ...named, sourceKind: 'paste' as const, source }, expected: false },
    { step: 'mapping', case: 'a typed table chosen', context: { ...named, sourceKind: 'table' as const, source }, expected: false },
    { step: 'review', case: 'a fresh start', context: fresh, expected: false },
  ])('returns $expected for $step with $case', ({ step, context, expected }) => {
    expect(candidatesSteps.canEnter(step as never, context)).toBe(expected);
  });
});
