import { describe, expect, test } from 'vitest';
import { createActor, waitFor, type AnyActorRef } from 'xstate';
import { createEmptyWorkspace } from '../../../../src/domain/workspace/rules';
import { fromProgressTask, TaskUserError } from '../../../../wizards/kit/progress-task';
import { readDraft } from '../../../../wizards/kit/saved-work';
import { certificatesDraftSpec, type PreparedStamp } from '../../../../wizards/certificates/context-schema';
import { certificatesMachine, type CertificatesEvent } from '../../../../wizards/certificates/machine';
import { certificatesSteps, checkScoreRows } from '../../../../wizards/certificates/steps';
import { createScoreRow } from '../../../../wizards/shared/scores/score-rows';
import { pastedExport, typedRows } from '../../../fixtures/certificates';
import { busyTag, getStepId } from '../../../../wizards/kit/wizard-machine';
import { expectEveryStateReached } from '../kit/machine-paths';

const workspace = createEmptyWorkspace();
const stamp: PreparedStamp = { sourceName: '签名章.jpg', dataUrl: 'data:image/png;base64,', bytes: 5000, checks: [], notes: [] };
const picture = (name: string) => new File([new Uint8Array([1])], name);

/** The machine with the stamp worker replaced: a file named bad.* fails with a user message. */
const testMachine = certificatesMachine.provide({
  actors: {
    prepareStamp: fromProgressTask<File, PreparedStamp>(async (file) => {
      if (file.name.startsWith('bad')) throw new TaskUserError('无法读取这张图片');
      return { ...stamp, sourceName: file.name };
    }),
  },
});

/** Wait until the machine rests on a screen again (tasks load their code on demand). */
const settle = (actor: AnyActorRef) => waitFor(actor, (snapshot) => !snapshot.hasTag(busyTag));

describe('certificatesMachine', () => {
  test('reaches every screen and both outcomes of the stamp', () => {
    expectEveryStateReached(testMachine, {
      input: { workspace },
      events: (snapshot): CertificatesEvent[] => [
        { type: 'step.next' },
        { type: 'step.back' },
        ...(snapshot.context.rows.length === 0 ? [{ type: 'row.add', row: typedRows[0] } as const] : []),
        { type: 'stamp.choose', picture: picture('签名章.jpg') },
        { type: 'stamp.cancel' },
        { type: 'scores.read', source: { kind: 'paste', text: pastedExport } },
        { type: 'scores.cancel' },
      ],
      serializeContext: (context) => [context.rows.length, context.errors.length],
    });
  });

  test('adds several rows at once (the plan\'s students) and checks them as typed rows', () => {
    const actor = createActor(testMachine, { input: { workspace } }).start();
    actor.send({ type: 'rows.add', rows: [{ name: '张三', idNumber: '440106200001011234', level: '初级' }, { name: '李四', idNumber: '11010519491231002X', level: '' }] });
    expect(actor.getSnapshot().context.rows).toEqual([
      createScoreRow({ name: '张三', idNumber: '440106200001011234', level: '初级' }),
      createScoreRow({ name: '李四', idNumber: '11010519491231002X' }),
    ]);
    actor.send({ type: 'step.next' });
    expect(getStepId(actor.getSnapshot().value)).toBe('scores');
    expect(actor.getSnapshot().context.errors).toContainEqual({ field: 'student-1-level', message: '请选择第 2 位考生的报考级别' });
    expect(actor.getSnapshot().context.errors.some((error) => error.field === 'student-0-level')).toBe(false);
  });

  test('stays on the scores screen while a score is out of range, keeping it', () => {
    const actor = createActor(testMachine, { input: { workspace } }).start();
    actor.send({ type: 'row.add', row: createScoreRow({ ...typedRows[0], theory: '105' }) });
    actor.send({ type: 'step.next' });
    expect(getStepId(actor.getSnapshot().value)).toBe('scores');
    expect(actor.getSnapshot().context.errors[0]).toEqual({ field: 'student-0-theory', message: '第 1 位考生的理论成绩：105 分超出范围：成绩在 0 到 100 分之间，请核对后重新填写' });
    expect(actor.getSnapshot().context.rows[0]!.theory).toBe('105');
  });

  test('keeps the earlier stamp when a later picture fails, and shows why', async () => {
    const actor = createActor(testMachine, { input: { workspace } }).start();
    for (const row of typedRows) actor.send({ type: 'row.add', row });
    actor.send({ type: 'step.next' });
    actor.send({ type: 'step.next' });
    actor.send({ type: 'stamp.choose', picture: picture('签名章.jpg') });
    expect(actor.getSnapshot().hasTag('busy')).toBe(true);
    await settle(actor);
    expect(actor.getSnapshot().context.stamp?.sourceName).toBe('签名章.jpg');
    actor.send({ type: 'stamp.choose', picture: picture('bad.png') });
    await settle(actor);
    expect(actor.getSnapshot().value).toEqual({ stamp: 'waiting' });
    expect(actor.getSnapshot().context).toMatchObject({ stamp: { sourceName: '签名章.jpg' }, errors: [{ field: 'stamp-file', message: '无法读取这张图片' }] });
    expect(certificatesSteps.definitions.stamp.fields).toContain('stamp-file');
    actor.send({ type: 'stamp.choose', picture: picture('签名章2.jpg') });
    await settle(actor);
    expect(actor.getSnapshot().context).toMatchObject({ stamp: { sourceName: '签名章2.jpg' }, errors: [] });
  });

  test('reads a pasted score export into rows and clears the paste box', async () => {
    const actor = createActor(testMachine, { input: { workspace } }).start();
    actor.send({ type: 'paste.set', text: pastedExport });
    actor.send({ type: 'scores.read', source: { kind: 'paste', text: pastedExport } });
    await settle(actor);
    expect(actor.getSnapshot().context.rows).toEqual(typedRows);
    expect(actor.getSnapshot().context).toMatchObject({ pasted: '', lastImport: { source: '粘贴的内容', added: 4, problems: [] } });
  });

  test('keeps a paste with a bad score in the box and names the row', async () => {
    const text = pastedExport.replace('\t88', '\t105');
    const actor = createActor(testMachine, { input: { workspace } }).start();
    actor.send({ type: 'paste.set', text });
    actor.send({ type: 'scores.read', source: { kind: 'paste', text } });
    await settle(actor);
    expect(actor.getSnapshot().context.pasted).toBe(text);
    expect(actor.getSnapshot().context.lastImport).toMatchObject({ problems: [{ row: 4, message: expect.stringContaining('105 分超出范围') }] });
  });

  test('reports an empty paste as the paste box’s error without touching the rows', async () => {
    const actor = createActor(testMachine, { input: { workspace } }).start();
    actor.send({ type: 'row.add', row: typedRows[0] });
    actor.send({ type: 'scores.read', source: { kind: 'paste', text: ' ' } });
    await settle(actor);
    expect(actor.getSnapshot().context.rows).toHaveLength(1);
    expect(actor.getSnapshot().context.errors).toEqual([{ field: 'score-paste', message: expect.stringContaining('粘贴框是空的') }]);
  });

  test('reports a file it cannot read as the file box’s error', async () => {
    const actor = createActor(testMachine, { input: { workspace } }).start();
    actor.send({ type: 'scores.read', source: { kind: 'file', file: new File([], '成绩.xlsx') } });
    await settle(actor);
    expect(actor.getSnapshot().context.errors).toEqual([{ field: 'score-file', message: '“成绩.xlsx”是空文件，请重新导出成绩后上传。' }]);
  });

  test('ticks and unticks checklist items', () => {
    const actor = createActor(testMachine, { input: { workspace } }).start();
    actor.send({ type: 'checklist.tick', item: 'wechat', checked: true });
    actor.send({ type: 'checklist.tick', item: 'pageSize', checked: true });
    actor.send({ type: 'checklist.tick', item: 'wechat', checked: false });
    expect(actor.getSnapshot().context.checklist).toEqual(['pageSize']);
  });

  test('refuses to jump past the scores screen while it has no rows', () => {
    const actor = createActor(testMachine, { input: { workspace } }).start();
    actor.send({ type: 'step.goto', step: 'issuance' });
    expect(getStepId(actor.getSnapshot().value)).toBe('scores');
  });
});

describe('certificatesDraftSpec', () => {
  test('resumes a draft saved before the workspace left it, with its stamp problem and school name dropped', () => {
    const stored = {
      format: 'kaowu-xiangdao.draft',
      slug: 'certificates',
      version: 1,
      savedAt: '2026-05-01T08:30:00.000Z',
      value: { stamp: 'waiting' },
      context: { rows: typedRows, errors: [], schoolName: '某某职业技术学院', known: [], stamp, stampProblem: '无法读取这张图片', checklist: ['wechat'], pasted: '', lastImport: null, workspace },
    };
    const read = readDraft(certificatesDraftSpec, stored);
    expect(read).toMatchObject({ kind: 'ok', value: { value: { stamp: 'waiting' }, context: { rows: typedRows, errors: [], stamp, checklist: ['wechat'], pasted: '', lastImport: null, progress: null } } });
    expect(read.kind === 'ok' && Object.keys(read.value.context as object).sort()).toEqual(['checklist', 'errors', 'lastImport', 'pasted', 'progress', 'rows', 'stamp']);
  });
});

describe('checkScoreRows', () => {
  test('flags the same candidate at the same level twice', () => {
    expect(checkScoreRows([typedRows[0]!, typedRows[1]!, typedRows[0]!])).toEqual([
      { field: 'student-2-idNumber', message: '第 3 位考生与第 1 位考生的身份证号和报考级别相同，请删去重复的一行' },
    ]);
  });

  test('accepts the same candidate at two levels', () => {
    expect(checkScoreRows([typedRows[0]!, { ...typedRows[0]!, level: '中级' }])).toEqual([]);
  });
});
