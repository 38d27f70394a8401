// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { setup, type AnyActorRef } from 'xstate';
import { useActor } from '../../../../wizards/kit/use-actor';
import { useStepHistory } from '../../../../wizards/kit/use-step-history';

// Two screens, one after the other: all the hook needs to follow.
const twoSteps = setup({ types: { events: {} as { type: 'step.next' } | { type: 'step.goto'; step: string } } }).createMachine({
  id: 'two-steps',
  initial: 'first',
  on: { 'step.goto': { guard: ({ event }) => event.step === 'second', target: '.second' } },
  states: { first: { on: { 'step.next': 'second' } }, second: {} },
});

let actor: AnyActorRef | undefined;

function Steps() {
  const [snapshot, , ref] = useActor(twoSteps, {});
  actor = ref;
  useStepHistory(ref, String(snapshot.value), false);
  return <p>{String(snapshot.value)}</p>;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('useStepHistory', () => {
  // First in this file: the hash the page was opened with is followed once per page (module).
  test('opens the step the address names (a link such as …/candidates/#source), not the first step', () => {
    window.history.replaceState(null, '', '#second');
    const root = document.body.appendChild(document.createElement('div'));
    act(() => render(<Steps />, root));
    expect(root.textContent).toBe('second');
    expect(window.location.hash).toBe('#second');
    act(() => render(null, root));
    window.history.replaceState(null, '', '#');
  });

  test('names the new step in the URL in the same task as the step change, before any timer (autosave) can run', async () => {
    const root = document.body.appendChild(document.createElement('div'));
    act(() => render(<Steps />, root));
    expect(window.location.hash).toBe('#first');
    actor!.send({ type: 'step.next' });
    // Only microtasks run here (Preact renders in one): no timer, no animation frame.
    for (let tick = 0; tick < 5; tick++) await Promise.resolve();
    expect(root.textContent).toBe('second');
    expect(window.location.hash).toBe('#second');
  });
});
