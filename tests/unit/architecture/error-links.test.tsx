// @vitest-environment happy-dom
/**
 * Every error a screen's check returns links to an element of that screen: the step list
 * names the field (wizard-contract.test.ts), and here the screen is rendered with the error
 * and must hold an element with that id, so the error summary's link reaches it.
 */
import { render, type FunctionComponent } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, test } from 'vitest';
import { createActor, type AnyStateMachine } from 'xstate';
import { createEmptyWorkspace } from '../../../src/domain/workspace/rules';
import { wizardSlugs } from '../../../wizards/catalog';
import { buildSampleWorkspace } from '../../../wizards/demo/sample-workspace';
import { BlockedStep } from '../../../wizards/kit/BlockedStep';
import type { StepList } from '../../../wizards/kit/step-list';
import type { FieldError } from '../../../wizards/kit/wizard-machine';

const camel = (slug: string) => slug.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
const pascal = (slug: string) => camel(slug).replace(/^\w/, (letter) => letter.toUpperCase());

/**
 * Let effects run and lazy screens load: wait until `root` shows no screen still loading (「正在加载…」), however long
 * a module takes to load on a busy machine, and fail with a reason if one never does.
 */
async function settle(root: HTMLElement) {
  const isLoading = () => root.querySelector('.wizard-loading[role="status"]') !== null;
  const deadline = Date.now() + 60_000;
  for (let round = 0; round < 5 || isLoading(); round += 1) {
    if (Date.now() > deadline) throw new Error('a lazy screen did not load within a minute');
    await act(() => new Promise((resolve) => setTimeout(resolve, round < 5 ? 0 : 20)));
  }
}

describe.each(wizardSlugs.map((slug) => ({ slug })))('wizard $slug', ({ slug }) => {
  test('renders on each screen the element every error of its check links to', async () => {
    const folder = `../../../wizards/${slug}`;
    const machine = ((await import(`${folder}/machine.ts`)) as Record<string, unknown>)[`${camel(slug)}Machine`] as AnyStateMachine;
    const steps = ((await import(`${folder}/steps.ts`)) as Record<string, unknown>)[`${camel(slug)}Steps`] as StepList<{ errors: FieldError[] }, string>;
    const screens = ((await import(`${folder}/${pascal(slug)}Island.tsx`)) as { screens: Record<string, FunctionComponent<Record<string, unknown>>> }).screens;
    const checked: string[] = [];
    for (const workspace of [createEmptyWorkspace(), buildSampleWorkspace(new Date('2026-12-04T02:00:00Z'))]) {
      const initial = createActor(machine, { input: { workspace } }).getSnapshot().context as { errors: FieldError[] };
      for (const step of steps.ids) {
        // A screen is only shown with a context it may be entered with (the first screen always).
        const errors = steps.errorsOf(step, initial);
        if (errors.length === 0 || !steps.canEnter(step, initial)) continue;
        const context = { ...initial, errors };
        const snapshot = machine.resolveState({ value: step, context });
        const Screen = screens[step]!;
        const root = document.createElement('div');
        document.body.append(root);
        // As the host does: a blocked step shows BlockedStep, whose link carries the blocker's field id.
        const blocker = steps.blockerOf(step, context);
        await act(() => render(blocker ? <BlockedStep blocker={blocker} /> : <Screen snapshot={snapshot} send={() => {}} context={context} isBusy={false} />, root));
        await settle(root);
        for (const error of errors) {
          expect(root.querySelector(`[id="${error.field}"]`), `${step}: no element #${error.field} for “${error.message}”`).not.toBeNull();
          checked.push(`${step}:${error.field}`);
        }
        render(null, root);
        root.remove();
      }
    }
    expect(checked.length, 'no screen had an error to check').toBeGreaterThan(0);
    // Loading every lazy screen's module takes seconds on a busy machine.
  }, 120_000);
});
