import { describe, expect, test } from 'vitest';
import { createMemoryStore, isWorkKey } from '../../../../wizards/kit/storage';

describe('createMemoryStore().transact', () => {
  test('reads the keys asked for and writes what the change returns', async () => {
    const store = createMemoryStore([['a', 1], ['b', 2]]);
    const result = await store.transact(['a', 'missing'], (current) => ({ put: [['c', (current.get('a') as number) + 10]], delete: ['b'], result: [...current] }));
    expect(result).toEqual([['a', 1], ['missing', undefined]]);
    expect(await store.entries()).toEqual([['a', 1], ['c', 11]]);
  });

  test('writes nothing, deletes included, when a value cannot be copied', async () => {
    const store = createMemoryStore([['a', 1]]);
    await expect(store.transact('all', () => ({ delete: ['a'], put: [['b', () => 'a function']], result: undefined }))).rejects.toThrow();
    expect(await store.entries()).toEqual([['a', 1]]);
  });

  test('writes nothing when the change throws', async () => {
    const store = createMemoryStore([['a', 1]]);
    await expect(
      store.transact('all', () => {
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await store.entries()).toEqual([['a', 1]]);
  });
});

describe('isWorkKey', () => {
  test.each([
    { key: 'workspace', isWork: true },
    { key: 'draft:candidates', isWork: true },
    { key: 'kit:history', isWork: false },
    { key: 'other', isWork: false },
  ])('returns $isWork for $key', ({ key, isWork }) => {
    expect(isWorkKey(key)).toBe(isWork);
  });
});
