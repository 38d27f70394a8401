// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { assign, setup, type AnyActorRef } from 'xstate';
import { createMemoryStore, draftKey } from '../../../../wizards/kit/storage';
import { useActor } from '../../../../wizards/kit/use-actor';
import { useAutosave } from '../../../../wizards/kit/use-autosave';
import { createWorkStore, type WorkStore } from '../../../../wizards/kit/work-store';

// Two screens and a name box: all autosave needs to tell a new step from typing.
const form = setup({ types: { context: {} as { name: string }, events: {} as { type: 'step.next' } | { type: 'name.set'; value: string } } }).createMachine({
  id: 'form',
  context: { name: '' },
  initial: 'first',
  on: { 'name.set': { actions: assign({ name: ({ event }) => event.value }) } },
  states: { first: { on: { 'step.next': 'second' } }, second: {} },
});
const spec = { slug: 'form', version: 1 } as Parameters<typeof useAutosave>[2];

let actor: AnyActorRef | undefined;

function Form({ store }: { store: WorkStore }) {
  const [snapshot, , ref] = useActor(form, {});
  actor = ref;
  useAutosave(ref, store, spec, { kind: 'idle' });
  return <p>{String(snapshot.value)}</p>;
}

/** Let the store's transactions finish: only promises, no timer runs. */
const settlePromises = async () => {
  for (let tick = 0; tick < 20; tick++) await Promise.resolve();
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('useAutosave', () => {
  test('saves a new step at once, before any timer runs, and typing only after a quiet moment', async () => {
    const store = createWorkStore(createMemoryStore(), 'own');
    const root = document.body.appendChild(document.createElement('div'));
    act(() => render(<Form store={store} />, root));

    actor!.send({ type: 'name.set', value: '张' });
    await settlePromises();
    expect(await store.get(draftKey('form'))).toBeUndefined();

    actor!.send({ type: 'step.next' });
    await settlePromises();
    expect(await store.get(draftKey('form'))).toMatchObject({ value: 'second', context: { name: '张' } });
    act(() => render(null, root));
  });
});
