import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { createEmptyWorkspace } from '../../../../src/domain/workspace/rules';
import { pilotDraftSpec } from '../../../../wizards/pilot/context-schema';
import { pilotMachine } from '../../../../wizards/pilot/machine';
import { readDraft } from '../../../../wizards/kit/saved-work';

describe('pilotDraftSpec', () => {
  test('accepts the context the machine starts with', () => {
    const context = createActor(pilotMachine, { input: { workspace: createEmptyWorkspace() } }).getSnapshot().context;
    expect(pilotDraftSpec.schema.safeParse(JSON.parse(JSON.stringify(context))).error).toBeUndefined();
  });

  test('refuses a context with a box missing', () => {
    const context = createActor(pilotMachine, { input: { workspace: createEmptyWorkspace() } }).getSnapshot().context;
    const { batch: _batch, ...form } = context.form;
    expect(pilotDraftSpec.schema.safeParse({ ...context, form }).success).toBe(false);
  });
});

describe('a pilot draft saved before the workspace left drafts', () => {
  test('still reads, without its copies of the school and pilot parts', () => {
    const workspace = createEmptyWorkspace();
    const { context } = createActor(pilotMachine, { input: { workspace } }).getSnapshot();
    const { workspace: _shared, ...owned } = context;
    const old = { format: 'kaowu-xiangdao.draft', slug: 'pilot', version: 1, savedAt: '2026-05-01T08:30:00.000Z', value: 'teachers', context: { ...owned, workspace, school: workspace.school, pilot: workspace.pilot } };
    const read = readDraft(pilotDraftSpec, old);
    expect(read.kind).toBe('ok');
    expect(read.kind === 'ok' && Object.keys(read.value.context as object).sort()).toEqual(['errors', 'form', 'majors']);
  });
});
