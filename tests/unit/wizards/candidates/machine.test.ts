import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { candidatesMachine, canEnterStep, type CandidatesEvent } from '../../../../wizards/candidates/machine';
import type { CandidatesContext, SourceTable } from '../../../../wizards/candidates/context';
import { createEmptyWorkspace } from '../../../../src/domain/workspace/rules';
import type { TableCheck } from '../../../../src/domain/candidates/check-table';
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

// Representative events: a valid and an invalid answer for each guard, and a task's done, error and cancel.
const events = (snapshot: { value: unknown }): CandidatesEvent[] => {
  const common: CandidatesEvent[] = [{ type: 'step.next' }, { type: 'step.back' }];
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
      return [{ type: 'task.done', output: source }, { type: 'task.error', message: '无法读取' }, { type: 'task.cancel' }];
    case 'entry':
      return [...common, { type: 'row.edit', rowId: 1, column: 'name', value: '张三' }, { type: 'row.add' }];
    case 'checking':
      return [{ type: 'task.done', output: check }, { type: 'task.error', message: '出错' }, { type: 'task.cancel' }];
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
  errors: context.errors.length > 0,
  taskError: context.taskError !== null,
});

describe('candidatesMachine', () => {
  test('reaches every state with representative events', () => {
    expectEveryStateReached(candidatesMachine, { input, events: events as never, serializeContext });
  });

  test('reaches the result only through a check, the pilot screen and the answers', () => {
    const toResult = walkMachine(candidatesMachine, { input, events: events as never, serializeContext }).filter((path) => path.state.value === 'result');
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
});

describe('canEnterStep', () => {
  const fresh = createActor(candidatesMachine, { input }).getSnapshot().context;
  test.each([
    { step: 'school', expected: true },
    { step: 'source', expected: false },
    { step: 'review', expected: false },
    { step: 'nowhere', expected: false },
  ])('returns $expected for $step on a fresh start', ({ step, expected }) => {
    expect(canEnterStep(fresh, step)).toBe(expected);
  });
});
