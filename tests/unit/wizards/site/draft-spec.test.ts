import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { createEmptyWorkspace } from '../../../../src/domain/workspace/rules';
import { siteDraftSpec } from '../../../../wizards/site/context-schema';
import { siteMachine } from '../../../../wizards/site/machine';
import { readDraft } from '../../../../wizards/kit/saved-work';
import { recommendedSite, toSiteForm } from '../../../fixtures/site';

describe('siteDraftSpec', () => {
  test.each([
    { name: 'the context the machine starts with', form: undefined },
    { name: 'a context with every answer given', form: toSiteForm(recommendedSite) },
  ])('accepts $name', ({ form }) => {
    const context = createActor(siteMachine, { input: { workspace: createEmptyWorkspace() } }).getSnapshot().context;
    expect(siteDraftSpec.schema.safeParse(JSON.parse(JSON.stringify({ ...context, form: form ?? context.form }))).error).toBeUndefined();
  });
});

describe('a site draft saved before the workspace left drafts', () => {
  test('still reads, without its copy of the school part', () => {
    const workspace = createEmptyWorkspace();
    const { workspace: _shared, ...owned } = createActor(siteMachine, { input: { workspace } }).getSnapshot().context;
    const old = { format: 'kaowu-xiangdao.draft', slug: 'site', version: 1, savedAt: '2026-05-01T08:30:00.000Z', value: 'rooms', context: { ...owned, school: workspace.school } };
    const read = readDraft(siteDraftSpec, old);
    expect(read.kind === 'ok' && Object.keys(read.value.context as object).sort()).toEqual(['errors', 'form']);
  });
});
