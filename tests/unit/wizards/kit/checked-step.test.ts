import { describe, expect, test } from 'vitest';
import { assign, createActor, setup } from 'xstate';
import { checkedStepTransitions, type FieldError } from '../../../../wizards/kit/wizard-machine';

type Step = 'name' | 'done';

// A two-screen machine: the name screen needs a name; moving on saves it.
const machine = setup({
  types: {
    context: {} as { name: string; errors: FieldError[]; saved: string[] },
    events: {} as { type: 'step.next' } | { type: 'step.back' } | { type: 'name.set'; value: string },
  },
  guards: { isStepValid: ({ context }, params: { step: Step }) => params.step !== 'name' || context.name !== '' },
  actions: {
    showErrors: assign({ errors: (_, params: { step: Step }) => [{ field: params.step, message: '请填写姓名' }] }),
    clearErrors: assign({ errors: [] }),
    save: assign({ saved: ({ context }) => [...context.saved, context.name] }),
  },
}).createMachine({
  context: { name: '', errors: [], saved: [] },
  initial: 'name',
  on: { 'name.set': { actions: assign({ name: ({ event }) => event.value }) } },
  states: {
    name: { on: checkedStepTransitions('name', 'done', null, ['save']) },
    done: { on: checkedStepTransitions('done', 'done', 'name') },
  },
});

describe('checkedStepTransitions', () => {
  test('shows the step’s errors and stays when the answers fail', () => {
    const actor = createActor(machine).start();
    actor.send({ type: 'step.next' });
    expect(actor.getSnapshot().value).toBe('name');
    expect(actor.getSnapshot().context.errors).toEqual([{ field: 'name', message: '请填写姓名' }]);
  });

  test('moves on, clears the errors and runs the extra actions when the answers pass', () => {
    const actor = createActor(machine).start();
    actor.send({ type: 'step.next' });
    actor.send({ type: 'name.set', value: '张三' });
    actor.send({ type: 'step.next' });
    expect(actor.getSnapshot().value).toBe('done');
    expect(actor.getSnapshot().context).toMatchObject({ errors: [], saved: ['张三'] });
  });

  test('goes back only where a previous screen is given', () => {
    const actor = createActor(machine).start();
    actor.send({ type: 'step.back' });
    expect(actor.getSnapshot().value).toBe('name');
    actor.send({ type: 'name.set', value: '张三' });
    actor.send({ type: 'step.next' });
    actor.send({ type: 'step.back' });
    expect(actor.getSnapshot().value).toBe('name');
  });
});
