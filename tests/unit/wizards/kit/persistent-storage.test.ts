import { describe, expect, test } from 'vitest';
import { requestPersistentStorage } from '../../../../wizards/kit/persistent-storage';

const storage = (answers: { persisted?: boolean; persist?: boolean | Error }) =>
  ({
    persisted: async () => answers.persisted ?? false,
    persist: async () => {
      if (answers.persist instanceof Error) throw answers.persist;
      return answers.persist ?? false;
    },
  }) as unknown as StorageManager;

describe('requestPersistentStorage', () => {
  test.each([
    { case: 'already kept', answers: { persisted: true }, result: 'granted' },
    { case: 'granted on asking', answers: { persist: true }, result: 'granted' },
    { case: 'refused on asking', answers: { persist: false }, result: 'refused' },
    { case: 'a browser that throws', answers: { persist: new Error('SecurityError') }, result: 'refused' },
  ])('returns $result when $case', async ({ answers, result }) => {
    expect(await requestPersistentStorage(storage(answers))).toBe(result);
  });

  test('returns unsupported without the Storage API', async () => {
    expect(await requestPersistentStorage(undefined)).toBe('unsupported');
    expect(await requestPersistentStorage({} as StorageManager)).toBe('unsupported');
  });
});
