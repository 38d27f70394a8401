import { describe, expect, test } from 'vitest';
import { describeUnexportedWork, exportReminderDays, findExportReminder, readHistoryRecord, recordExport, recordWrites, revisionOf, type WorkHistory } from '../../../../wizards/kit/work-history';

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

describe('findExportReminder', () => {
  // Changes made on 1 May at 09:00; "now" is that many whole days later, at 10:00.
  const writtenOnFirst = recordWrites(empty, ['workspace', 'draft:candidates'], day(1));
  const daysAfterFirst = (days: number) => day(1 + days, 10);

  test.each([
    { case: 'changes 13 days old', history: writtenOnFirst, now: daysAfterFirst(13), days: null },
    { case: `changes exactly ${exportReminderDays} days old`, history: writtenOnFirst, now: daysAfterFirst(14), days: null },
    { case: 'changes 15 days old', history: writtenOnFirst, now: daysAfterFirst(15), days: 15 },
    { case: 'changes exported since', history: recordExport(writtenOnFirst, { workspace: 1, 'draft:candidates': 1 }, day(2)), now: daysAfterFirst(20), days: null },
    { case: 'recent changes never exported', history: recordWrites(empty, ['workspace'], day(20)), now: day(22), days: null },
    { case: 'nothing saved', history: empty, now: daysAfterFirst(30), days: null },
  ])('reminds after more than 14 days: $case → $days', ({ history, now, days }) => {
    expect(findExportReminder(history, now)?.days ?? null).toBe(days);
  });

  test('counts from the oldest change not exported and gives the last export', () => {
    const exported = recordExport(writtenOnFirst, { workspace: 1, 'draft:candidates': 1 }, day(2));
    const history = recordWrites(recordWrites(exported, ['draft:rooms'], day(3)), ['workspace'], day(10));
    expect(findExportReminder(history, day(20))).toEqual({ since: day(3), days: 17, keys: ['draft:rooms', 'workspace'], exportedAt: day(2) });
  });

  test('reminds of changes an export left out, counting from the oldest', () => {
    const exportedThenWritten = recordWrites(recordExport(writtenOnFirst, { workspace: 1 }, day(1, 10)), ['workspace'], day(5));
    expect(findExportReminder(exportedThenWritten, day(17))).toMatchObject({ since: day(1), days: 16, keys: ['draft:candidates', 'workspace'], exportedAt: day(1, 10) });
  });
});
