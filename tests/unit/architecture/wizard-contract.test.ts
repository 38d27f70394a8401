/**
 * Every wizard folder follows the one contract of wizards/kit/README.md: the same
 * files under the same names, a step list the machine's states agree with, a
 * draft spec for its own slug, and one island that the wizard's page mounts.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createActor, type AnyStateMachine } from 'xstate';
import { createEmptyWorkspace } from '../../../src/domain/workspace/rules';
import { buildSampleWorkspace } from '../../../wizards/demo/sample-workspace';
import { wizardSlugs, type WizardSlug } from '../../../wizards/catalog';
import type { DraftSpec } from '../../../wizards/kit/draft-envelope';
import type { StepList } from '../../../wizards/kit/step-list';
import { busyTag } from '../../../wizards/kit/wizard-machine';
import { root } from './module-graph';

/** The files every wizard folder has (README.md says what each holds). */
const requiredFiles = ['README.md', 'machine.ts', 'steps.ts', 'context-schema.ts', 'context.ts', 'screen-props.ts', 'output.ts'];

const camel = (slug: string) => slug.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
const pascal = (slug: string) => camel(slug).replace(/^\w/, (letter) => letter.toUpperCase());

/** Load a wizard's machine, step list and draft spec by the contract's names. */
async function loadWizard(slug: WizardSlug) {
  const folder = `../../../wizards/${slug}`;
  const [machineModule, stepsModule, schemaModule] = await Promise.all([
    import(`${folder}/machine.ts`) as Promise<Record<string, unknown>>,
    import(`${folder}/steps.ts`) as Promise<Record<string, unknown>>,
    import(`${folder}/context-schema.ts`) as Promise<Record<string, unknown>>,
  ]);
  return {
    machine: machineModule[`${camel(slug)}Machine`] as AnyStateMachine | undefined,
    steps: stepsModule[`${camel(slug)}Steps`] as StepList<{ errors: [] }, string> | undefined,
    draftSpec: schemaModule[`${camel(slug)}DraftSpec`] as DraftSpec<unknown> | undefined,
  };
}

describe.each(wizardSlugs.map((slug) => ({ slug })))('wizard $slug', ({ slug }) => {
  const folder = join(root, 'wizards', slug);

  test('has every file of the contract', () => {
    expect(requiredFiles.filter((file) => !existsSync(join(folder, file)))).toEqual([]);
  });

  test('has one island, named after the wizard, mounted by its page', () => {
    const islands = readdirSync(folder).filter((file) => /Island\.tsx$/.test(file));
    expect(islands).toEqual([`${pascal(slug)}Island.tsx`]);
    const page = readFileSync(join(root, 'src/pages/wizards', `${slug}.astro`), 'utf8');
    expect(page).toContain(`wizards/${slug}/${pascal(slug)}Island'`);
    expect(readFileSync(join(folder, islands[0]!), 'utf8')).toMatch(/export default function/);
  });

  test('names the props type of its screens in screen-props.ts', () => {
    expect(readFileSync(join(folder, 'screen-props.ts'), 'utf8')).toMatch(new RegExp(`export type ${pascal(slug)}ScreenProps\\b`));
  });

  test('exports its machine, step list and draft spec by the contract names', async () => {
    const { machine, steps, draftSpec } = await loadWizard(slug);
    expect(machine?.id).toBe(slug);
    expect(steps?.ids.length).toBeGreaterThan(0);
    expect(draftSpec?.slug).toBe(slug);
  });

  test('has a top-level state for every step, and every other top-level state is busy', async () => {
    const { machine, steps } = await loadWizard(slug);
    const states = Object.entries(machine!.root.states);
    expect(steps!.ids.filter((step) => !states.some(([key]) => key === step))).toEqual([]);
    const others = states.filter(([key]) => !steps!.ids.includes(key));
    expect(others.filter(([, node]) => !node.tags.includes(busyTag)).map(([key]) => key)).toEqual([]);
  });

  test('lists in each step only parts of the indicator that exist', async () => {
    const { steps } = await loadWizard(slug);
    for (const step of steps!.ids) {
      const partOf = steps!.definitions[step].partOf;
      if (partOf) expect(steps!.ids, `${step}.partOf`).toContain(partOf);
    }
  });

  test('names in each checked step every field its errors link to (so each error summary link reaches the screen it is on)', async () => {
    const { machine, steps } = await loadWizard(slug);
    for (const workspace of [createEmptyWorkspace(), buildSampleWorkspace(new Date('2026-12-04T02:00:00Z'))]) {
      const { context } = createActor(machine!, { input: { workspace } }).getSnapshot();
      for (const step of steps!.ids) {
        if (steps!.definitions[step].check) expect(steps!.definitions[step].fields, `${step} has a check but lists no fields`).toBeDefined();
        for (const error of steps!.errorsOf(step, context)) expect(steps!.hasField(step, context, error.field), `${step}: ${error.field} (${error.message})`).toBe(true);
      }
    }
  });

  test('offers listResultFiles with buildResultFile when it builds files', async () => {
    const output = (await import(`../../../wizards/${slug}/output.ts`)) as Record<string, unknown>;
    expect('buildResultFile' in output).toBe('listResultFiles' in output);
  });
});
