// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { assign, setup, type AnyActorRef } from 'xstate';
import { useActor } from '../../../../wizards/kit/use-actor';

// A tiny machine used only here: a counter that stops at a limit.
const counterMachine = setup({
  types: {
    context: {} as { count: number },
    events: {} as { type: 'count.increment' },
    input: {} as { limit: number },
  },
  guards: { isBelowLimit: ({ context }, params: { limit: number }) => context.count < params.limit },
}).createMachine({
  id: 'counter',
  context: { count: 0 },
  initial: 'counting',
  states: {
    counting: {
      on: {
        'count.increment': [
          {
            guard: { type: 'isBelowLimit', params: { limit: 2 } },
            actions: assign({ count: ({ context }) => context.count + 1 }),
          },
          { target: 'full' },
        ],
      },
    },
    full: {},
  },
});

let lastActor: AnyActorRef | undefined;

function Counter() {
  const [snapshot, send, actor] = useActor(counterMachine, { input: { limit: 2 } });
  lastActor = actor;
  return (
    <div>
      <output>{snapshot.context.count}</output>
      <span data-state>{String(snapshot.value)}</span>
      <button type="button" onClick={() => send({ type: 'count.increment' })}>
        加一
      </button>
    </div>
  );
}

function mount() {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<Counter />, root));
  return root;
}

describe('useActor', () => {
  test('renders the initial snapshot', () => {
    const root = mount();
    expect(root.querySelector('output')?.textContent).toBe('0');
    expect(root.querySelector('[data-state]')?.textContent).toBe('counting');
  });

  test('re-renders after each event the machine accepts', () => {
    const root = mount();
    const button = root.querySelector('button')!;
    act(() => button.click());
    act(() => button.click());
    expect(root.querySelector('output')?.textContent).toBe('2');
  });

  test('follows a guarded transition to another state', () => {
    const root = mount();
    const button = root.querySelector('button')!;
    for (let i = 0; i < 3; i += 1) act(() => button.click());
    expect(root.querySelector('[data-state]')?.textContent).toBe('full');
  });

  test('stops the actor when the component unmounts', () => {
    const root = mount();
    expect(lastActor?.getSnapshot().status).toBe('active');
    act(() => render(null, root));
    expect(lastActor?.getSnapshot().status).toBe('stopped');
  });
});
