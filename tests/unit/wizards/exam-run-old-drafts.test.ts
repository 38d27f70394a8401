/**
 * Drafts of the exam-run wizards saved before issue 10 carried a copy of the
 * whole workspace in their context. The drafts now hold only what each wizard
 * owns (same version: the change only drops a key), so an old draft must still
 * resume where it was, with today's workspace instead of its stale copy.
 */
import { describe, expect, test } from 'vitest';
import { createActor, type AnyStateMachine } from 'xstate';
import type { Workspace } from '../../../src/domain/workspace/schema';
import { draftFormat, type DraftSpec } from '../../../wizards/kit/draft-envelope';
import { readDraft } from '../../../wizards/kit/saved-work';
import { materialsDraftSpec } from '../../../wizards/materials/context-schema';
import { materialsMachine } from '../../../wizards/materials/machine';
import { registrationDraftSpec } from '../../../wizards/registration/context-schema';
import { registrationMachine } from '../../../wizards/registration/machine';
import { roomsDraftSpec } from '../../../wizards/rooms/context-schema';
import { roomsMachine } from '../../../wizards/rooms/machine';
import { staffDraftSpec } from '../../../wizards/staff/context-schema';
import { staffMachine } from '../../../wizards/staff/machine';
import { registered, staffed, withCandidates } from '../../fixtures/workspace';

const wizards: Array<{ slug: string; machine: AnyStateMachine; spec: DraftSpec<unknown>; workspace: Workspace; step: string }> = [
  { slug: 'registration', machine: registrationMachine, spec: registrationDraftSpec, workspace: registered, step: 'plan' },
  { slug: 'rooms', machine: roomsMachine, spec: roomsDraftSpec, workspace: registered, step: 'rooms' },
  { slug: 'staff', machine: staffMachine, spec: staffDraftSpec, workspace: staffed, step: 'teachers' },
  { slug: 'materials', machine: materialsMachine, spec: materialsDraftSpec, workspace: staffed, step: 'quantities' },
];

describe.each(wizards)('an old $slug draft with a copy of the workspace', ({ machine, spec, workspace, step }) => {
  // Saved one screen in, as the old autosave wrote it: the whole context, workspace included.
  const actor = createActor(machine, { input: { workspace, today: '2030-01-01' } }).start();
  actor.send({ type: 'step.next' });
  const saved = actor.getSnapshot();
  const { workspace: _copy, ...owned } = saved.context as { workspace: Workspace };
  const envelope = { format: draftFormat, slug: spec.slug, version: 1, savedAt: '2026-05-01T08:30:00.000Z', value: saved.value, context: saved.context };

  test('reads as this version’s draft, without the copy', () => {
    const read = readDraft(spec, envelope);
    expect(read.kind).toBe('ok');
    expect(read.kind === 'ok' && read.value.context).toEqual(owned);
  });

  test('resumes on its screen with today’s workspace', () => {
    const read = readDraft(spec, envelope);
    if (read.kind !== 'ok') throw new Error(read.kind);
    // What the host does on resume: the draft's own context and the workspace as stored now.
    const today = { ...workspace, school: { ...workspace.school, siteName: '今天的站点名称' } };
    const restored = machine.resolveState({ value: read.value.value, context: { ...(read.value.context as object), workspace: today } });
    const resumed = createActor(machine, { input: { workspace: withCandidates }, snapshot: restored }).start().getSnapshot();
    expect(resumed.value).toBe(step);
    expect(resumed.context.workspace.school.siteName).toBe('今天的站点名称');
    expect(resumed.context.errors).toEqual([]);
  });
});
