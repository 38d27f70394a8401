import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { mergeWorkspacePatch } from '../../../../src/domain/workspace/patch';
import { createEmptyWorkspace } from '../../../../src/domain/workspace/rules';
import type { WorkspacePatch } from '../../../../src/domain/workspace/schema';
import { pilotMachine, type PilotEvent } from '../../../../wizards/pilot/machine';
import type { PilotField } from '../../../../wizards/pilot/fields';
import { expectEveryStateReached } from '../kit/machine-paths';

const workspace = createEmptyWorkspace();
const input = { workspace };

/** Answers that make every screen valid, as events. */
const validAnswers: Array<[PilotField, string]> = [
  ['schoolName', '某职业学院'],
  ['batch', '2026年第一次'],
  ['windowStart', '2026-04-01'],
  ['windowEnd', '2026/4/15'],
  ['trainees', '120'],
  ['teachersTotal', '12'],
  ['teachersSenior', '3'],
  ['teachersTrained', '4'],
  ['facilityRooms', '2'],
  ['facilityMachines', '100'],
];
const set = (field: PilotField, value: string): PilotEvent => ({ type: 'answer.set', field, value });

function start() {
  const actor = createActor(pilotMachine, { input }).start();
  const updates: unknown[] = [];
  actor.on('workspace.update', (event) => updates.push(event.patch));
  return { actor, updates };
}

describe('pilotMachine', () => {
  test('reaches every screen with valid and invalid answers', () => {
    expectEveryStateReached(pilotMachine, {
      input,
      events: [
        { type: 'step.next' },
        { type: 'step.back' },
        ...validAnswers.map(([field, value]) => set(field, value)),
        set('trainees', '0'),
        { type: 'step.goto', step: 'check' },
      ],
      serializeContext: (context) => [context.errors.length, validAnswers.filter(([field]) => context.form[field]).length, context.form.trainees],
    });
  });

  test('stays on a screen and lists its errors when 下一步 finds a problem', () => {
    const { actor } = start();
    actor.send({ type: 'step.next' });
    expect(actor.getSnapshot().value).toBe('batch');
    expect(actor.getSnapshot().context.errors.map((error) => error.field)).toEqual(['schoolName', 'batch', 'windowStart', 'windowEnd']);
  });

  test('keeps what was typed when it is invalid', () => {
    const { actor } = start();
    actor.send(set('windowStart', '2026-02-30'));
    actor.send({ type: 'step.next' });
    expect(actor.getSnapshot().context.form.windowStart).toBe('2026-02-30');
    expect(actor.getSnapshot().context.errors.find((error) => error.field === 'windowStart')?.message).toContain('不是有效日期');
  });

  test('refuses to jump to a screen whose earlier screens are incomplete', () => {
    const { actor } = start();
    actor.send({ type: 'step.goto', step: 'result' });
    expect(actor.getSnapshot().value).toBe('batch');
  });

  test('asks to add a typed major before moving on', () => {
    const { actor } = start();
    for (const [field, value] of validAnswers) actor.send(set(field, value));
    actor.send({ type: 'step.next' });
    actor.send(set('majorDraft', '电子商务'));
    actor.send({ type: 'step.next' });
    expect(actor.getSnapshot().context.errors[0]!.field).toBe('majorDraft');
    actor.send({ type: 'major.add' });
    expect(actor.getSnapshot().context.majors).toEqual(['电子商务']);
    actor.send({ type: 'step.next' });
    expect(actor.getSnapshot().value).toBe('teachers');
  });

  test('drafts both descriptions on reaching them and keeps the user’s edits', () => {
    const { actor } = start();
    for (const [field, value] of validAnswers) actor.send(set(field, value));
    for (let i = 0; i < 4; i += 1) actor.send({ type: 'step.next' });
    expect(actor.getSnapshot().value).toBe('descriptions');
    expect(actor.getSnapshot().context.form.teacherText).toContain('专任教师 12 名');
    actor.send(set('teacherText', '自己写的'));
    actor.send({ type: 'step.back' });
    actor.send({ type: 'step.next' });
    expect(actor.getSnapshot().context.form.teacherText).toBe('自己写的');
    actor.send({ type: 'draft.rewrite', field: 'teacherText' });
    expect(actor.getSnapshot().context.form.teacherText).toContain('专任教师 12 名');
  });

  test('writes the school name, majors and scale to the workspace on reaching the result', () => {
    const { actor, updates } = start();
    for (const [field, value] of validAnswers) actor.send(set(field, value));
    actor.send({ type: 'step.next' });
    actor.send(set('majorDraft', '电子商务'));
    actor.send({ type: 'major.add' });
    for (let i = 0; i < 5; i += 1) actor.send({ type: 'step.next' });
    expect(actor.getSnapshot().value).toBe('result');
    expect(updates).toHaveLength(1);
    expect(mergeWorkspacePatch(workspace, updates[0] as WorkspacePatch)).toEqual({
      ...workspace,
      school: { ...workspace.school, name: '某职业学院' },
      pilot: { ...workspace.pilot, majors: [{ name: '电子商务', code: '' }], approvedScale: 120 },
    });
  });

  test('takes the school name from the workspace', () => {
    const actor = createActor(pilotMachine, { input: { workspace: { ...workspace, school: { ...workspace.school, name: '某学校' } } } }).start();
    expect(actor.getSnapshot().context.form.schoolName).toBe('某学校');
  });
});
