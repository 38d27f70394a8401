import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { createEmptyWorkspace } from '../../../../src/domain/workspace/rules';
import { siteDraftSpec } from '../../../../wizards/site/draft-spec';
import { siteMachine } from '../../../../wizards/site/machine';
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
