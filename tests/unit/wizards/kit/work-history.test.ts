import { describe, expect, test } from 'vitest';
import { describeUnexportedWork, readHistoryRecord, recordExport, recordWrites, revisionOf, type WorkHistory } from '../../../../wizards/kit/work-history';

const empty: WorkHistory = { exportedAt: null, parts: {} };
const day = (date: number, hour = 9) => new Date(Date.UTC(2026, 4, date, hour));

describe('readHistoryRecord', () => {
  test.each([
    { case: 'nothing', stored: undefined },
    { case: 'a string', stored: 'x' },
    { case: 'parts that are not records', stored: { parts: { workspace: { revision: 'one', changedAt: 'yesterday' } } } },
  ])('reads $case as an empty record', ({ stored }) => {
    expect(readHistoryRecord(stored)).toEqual(empty);
  });

  test('keeps what it can read', () => {
    const stored = { exportedAt: day(1).toISOString(), parts: { workspace: { revision: 3, changedAt: day(2).toISOString(), unexportedSince: null } } };
    expect(readHistoryRecord(stored)).toEqual(stored);
  });
});

describe('recordWrites and recordExport', () => {
  test('raises the revision of each key written and keeps the first unexported change', () => {
    const once = recordWrites(empty, ['workspace', 'draft:a'], day(1));
    const twice = recordWrites(once, ['workspace'], day(3));
    expect(revisionOf(twice, 'workspace')).toBe(2);
    expect(revisionOf(twice, 'draft:a')).toBe(1);
    expect(revisionOf(twice, 'draft:b')).toBe(0);
    expect(twice.parts.workspace).toEqual({ revision: 2, changedAt: day(3).toISOString(), unexportedSince: day(1).toISOString() });
  });

  test('counts as exported only the keys still at the revision the file holds', () => {
    const written = recordWrites(empty, ['workspace', 'draft:a'], day(1));
    const exportedThenWritten = recordWrites(written, ['draft:a'], day(2));
    const history = recordExport(exportedThenWritten, { workspace: 1, 'draft:a': 1 }, day(2, 10));
    expect(history.exportedAt).toBe(day(2, 10).toISOString());
    expect(history.parts.workspace!.unexportedSince).toBeNull();
    expect(history.parts['draft:a']!.unexportedSince).toBe(day(1).toISOString());
  });
});

describe('describeUnexportedWork', () => {
  test('says nothing is waiting when everything was exported', () => {
    const history = recordExport(recordWrites(empty, ['workspace'], day(1)), { workspace: 1 }, day(1, 10));
    expect(describeUnexportedWork(history, day(9))).toEqual({ since: null, days: 0, keys: [], exportedAt: day(1, 10) });
  });

  test('counts whole days from the oldest change no work file holds', () => {
    const history = recordWrites(recordWrites(empty, ['draft:b'], day(4)), ['workspace'], day(2, 8));
    expect(describeUnexportedWork(history, day(5, 7))).toEqual({ since: day(2, 8), days: 2, keys: ['draft:b', 'workspace'], exportedAt: null });
  });
});
