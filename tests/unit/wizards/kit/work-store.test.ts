import { describe, expect, test } from 'vitest';
import { createMemoryStore, type KeyValueStore } from '../../../../wizards/kit/storage';
import { readWorkHistory } from '../../../../wizards/kit/work-history';
import { createWorkStore } from '../../../../wizards/kit/work-store';

/** One browser's storage, as two tabs share it: persistent, so the tabs also talk over a BroadcastChannel. */
function sharedStorage(initial: Array<[string, unknown]> = []): KeyValueStore {
  return { ...createMemoryStore(initial), isPersistent: true };
}

let modeCounter = 0;
/** Two tabs on one storage, on a channel of their own (tests run side by side). */
function twoTabs(initial: Array<[string, unknown]> = []) {
  const storage = sharedStorage(initial);
  const mode = `own-${(modeCounter += 1)}` as 'own';
  return { storage, first: createWorkStore(storage, mode), second: createWorkStore(storage, mode) };
}

describe('createWorkStore between two tabs', () => {
  test('refuses a save over progress another tab saved since this tab read it, and saves when told to', async () => {
    const { first, second } = twoTabs([['draft:a', 'v0']]);
    expect(await first.get('draft:a')).toBe('v0');
    expect(await second.get('draft:a')).toBe('v0');
    expect(await first.saveIfUnchanged('draft:a', 'first')).toBe('saved');
    expect(await second.saveIfUnchanged('draft:a', 'second')).toBe('conflict');
    expect(await first.get('draft:a')).toBe('first');
    expect(await second.saveIfUnchanged('draft:a', 'second', { force: true })).toBe('saved');
    expect(await first.saveIfUnchanged('draft:a', 'first again')).toBe('conflict');
  });

  test('checks a save against the revisions alone, without reading the draft it replaces', async () => {
    const storage = sharedStorage([['draft:a', 'v0']]);
    const asked: Array<readonly string[] | 'all'> = [];
    const spying: KeyValueStore = { ...storage, transact: (keys, change) => (asked.push(keys), storage.transact(keys, change)) };
    const tab = createWorkStore(spying, `own-${(modeCounter += 1)}` as 'own');
    expect(await tab.saveIfUnchanged('draft:a', 'v1')).toBe('saved');
    expect(asked).toEqual([['kit:history']]);
    expect(await storage.get('draft:a')).toBe('v1');
  });

  test('saves again after reading the newer progress', async () => {
    const { first, second } = twoTabs();
    await first.saveIfUnchanged('draft:a', 'first');
    expect(await second.get('draft:a')).toBe('first');
    expect(await second.saveIfUnchanged('draft:a', 'second')).toBe('saved');
  });

  test('tells the other tab which keys it wrote, at once', async () => {
    const { first, second } = twoTabs();
    await second.get('workspace');
    const heard = new Promise<string[]>((resolve) => second.onWriteElsewhere(resolve));
    await first.put('workspace', { version: 1 });
    expect(await heard).toEqual(['workspace']);
  });

  test('hands a tracked change what another tab wrote since', async () => {
    const { first, second } = twoTabs([['workspace', 1], ['draft:a', 1]]);
    await second.get('workspace');
    await second.get('draft:a');
    await first.put('workspace', 2);
    const seen = await second.transactTracked(['workspace', 'draft:a'], (_current, changedElsewhere) => ({ result: [...changedElsewhere] }));
    expect(seen).toEqual(['workspace']);
  });
});

describe('createWorkStore imports', () => {
  test('replaces the work, keeps what it replaced, and puts it back on 撤销导入', async () => {
    const { first } = twoTabs([['workspace', 'mine'], ['draft:a', 'my progress']]);
    await first.importWork([['workspace', 'theirs']], 'work.json', new Date('2026-05-01T00:00:00Z'));
    expect(await first.entries()).toEqual([['workspace', 'theirs']]);
    expect(await first.readImportBackup()).toEqual({ importedAt: '2026-05-01T00:00:00.000Z', fileName: 'work.json' });
    expect(await first.undoImport()).toBe(true);
    expect(Object.fromEntries(await first.entries())).toEqual({ workspace: 'mine', 'draft:a': 'my progress' });
    expect(await first.readImportBackup()).toBeNull();
    expect(await first.undoImport()).toBe(false);
  });

  test('changes nothing when a value of the file cannot be stored', async () => {
    const { first, storage } = twoTabs([['workspace', 'mine']]);
    const before = await storage.entries();
    await expect(first.importWork([['draft:a', () => 'not storable']], 'bad.json', new Date())).rejects.toThrow();
    expect(await storage.entries()).toEqual(before);
  });

  test('drops the backup on request', async () => {
    const { first } = twoTabs([['workspace', 'mine']]);
    await first.importWork([['workspace', 'theirs']], 'work.json', new Date());
    await first.discardImportBackup();
    expect(await first.readImportBackup()).toBeNull();
    expect(await first.entries()).toEqual([['workspace', 'theirs']]);
  });
});

describe('createWorkStore history', () => {
  test('records when each part changed and when the work was exported', async () => {
    const { first, storage } = twoTabs();
    await first.put('workspace', 1);
    await first.put('draft:a', 1);
    const { entries, revisions } = await first.readForExport();
    expect(entries).toEqual([['workspace', 1], ['draft:a', 1]]);
    expect(revisions).toEqual({ workspace: 1, 'draft:a': 1 });
    await first.put('draft:a', 2);
    await first.recordExport(revisions, new Date('2026-05-02T00:00:00Z'));
    const history = await readWorkHistory(storage);
    expect(history.exportedAt).toBe('2026-05-02T00:00:00.000Z');
    expect(history.parts.workspace!.unexportedSince).toBeNull();
    expect(history.parts['draft:a']!.unexportedSince).not.toBeNull();
  });

  test('keeps its records out of the work entries, and clears them with 清除演示数据', async () => {
    const { first, storage } = twoTabs();
    await first.put('workspace', 1);
    expect(await first.entries()).toEqual([['workspace', 1]]);
    expect((await storage.entries()).map(([key]) => key)).toContain('kit:history');
    await first.clearAll();
    expect(await storage.entries()).toEqual([]);
  });
});
