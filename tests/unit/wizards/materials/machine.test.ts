import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { materialsMachine, type MaterialsEvent } from '../../../../wizards/materials/machine';
import { countBadgeHolders, getQuantities, materialsDocuments } from '../../../../wizards/materials/output';
import { expectEveryStateReached } from '../kit/machine-paths';
import { registered, roomsPlanned, staffed } from '../../../fixtures/workspace';

describe('materialsMachine', () => {
  test('reaches every screen', () => {
    expectEveryStateReached(materialsMachine, {
      input: { workspace: staffed },
      events: [{ type: 'step.next' }, { type: 'step.back' }, { type: 'document.open', documentId: 'signInSheets' }] satisfies MaterialsEvent[],
      serializeContext: (context) => [context.documentId, context.errors.length],
    });
  });

  test('cannot start before the rooms are planned', () => {
    const actor = createActor(materialsMachine, { input: { workspace: registered } }).start();
    actor.send({ type: 'step.next' });
    expect(actor.getSnapshot().value).toBe('start');
    expect(actor.getSnapshot().context.errors.map((error) => error.message)).toEqual(['还没有考场安排。请先完成「考场设置」向导。']);
    actor.send({ type: 'step.goto', step: 'documents' });
    expect(actor.getSnapshot().value).toBe('start');
  });

  test('opens each document on the print screen', () => {
    const actor = createActor(materialsMachine, { input: { workspace: staffed } }).start();
    actor.send({ type: 'step.goto', step: 'documents' });
    for (const { id } of materialsDocuments) {
      actor.send({ type: 'document.open', documentId: id });
      expect([actor.getSnapshot().value, actor.getSnapshot().context.documentId]).toEqual(['printing', id]);
      actor.send({ type: 'step.back' });
    }
  });
});

describe('countBadgeHolders', () => {
  test.each([
    { name: 'no staff yet', workspace: roomsPlanned, expected: 1 },
    { name: 'nine teachers', workspace: staffed, expected: 10 },
  ])('counts the 巡考员 with $name', ({ workspace, expected }) => {
    expect(countBadgeHolders(workspace)).toBe(expected);
  });
});

describe('getQuantities', () => {
  test('counts sign-in sheets per room and session from the seat plan', () => {
    const quantities = getQuantities(staffed);
    expect(quantities.find((line) => line.item.key === 'signInSheet')!.quantity).toBe(3 * 2 * 2);
    expect(quantities.find((line) => line.item.key === 'scratchPaper')!.quantity).toBe(2 * (42 + 42 + 11));
  });
});
