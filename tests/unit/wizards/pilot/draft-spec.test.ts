import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { createEmptyWorkspace } from '../../../../src/domain/workspace/rules';
import { pilotDraftSpec } from '../../../../wizards/pilot/draft-spec';
import { pilotMachine } from '../../../../wizards/pilot/machine';

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
