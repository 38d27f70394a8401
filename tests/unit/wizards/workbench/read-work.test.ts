import { describe, expect, test } from 'vitest';
import { createEmptyWorkspace } from '../../../../src/domain/workspace/rules';
import { createDraftEnvelope } from '../../../../wizards/kit/draft-envelope';
import { createMemoryStore, draftKey, workspaceKey } from '../../../../wizards/kit/storage';
import { historyKey } from '../../../../wizards/kit/work-history';
import { hasYearBegun, readDraftPosition, readWorkbenchWork, readWorkspaceLoosely } from '../../../../wizards/workbench/read-work';
import { staffed } from '../../../fixtures/workspace';

const empty = createEmptyWorkspace();

describe('readWorkspaceLoosely', () => {
  test('returns the empty workspace when nothing is stored', () => {
    expect(readWorkspaceLoosely(undefined, empty)).toEqual({ workspace: empty, problem: null });
  });

  test('returns a stored workspace as it is', () => {
    expect(readWorkspaceLoosely(staffed, empty)).toEqual({ workspace: staffed, problem: null });
  });

  test('fills the parts an older save lacks with the empty workspace’s defaults', () => {
    const { proctorAssignments: _gone, ...older } = staffed;
    const { examDate: _alsoGone, ...olderPlan } = staffed.examPlan;
    const { workspace } = readWorkspaceLoosely({ ...older, examPlan: olderPlan }, empty);
    expect(workspace.proctorAssignments).toEqual([]);
    expect(workspace.examPlan).toEqual({ ...staffed.examPlan, examDate: null });
  });

  test.each([
    { name: 'another version', stored: { ...staffed, version: 99 } },
    { name: 'not an object', stored: 'workspace' },
    { name: 'null', stored: null },
  ])('refuses $name with a problem and the empty workspace', ({ stored }) => {
    const read = readWorkspaceLoosely(stored, empty);
    expect(read.workspace).toEqual(empty);
    expect(read.problem).toMatch(/学校工作区/);
  });
});

describe('readDraftPosition', () => {
  const envelope = createDraftEnvelope({ slug: 'rooms', version: 1 }, 'allocation', { errors: [] }, new Date('2026-05-01T08:30:00Z'));

  test('returns the step and the time of a draft', () => {
    expect(readDraftPosition(envelope, 'rooms')).toEqual({ step: 'allocation', savedAt: '2026-05-01T08:30:00.000Z' });
  });

  test('returns the top state of a nested state value', () => {
    expect(readDraftPosition({ ...envelope, value: { result: 'idle' } }, 'rooms')?.step).toBe('result');
  });

  test.each([
    { name: 'another wizard’s draft', stored: envelope, slug: 'staff' },
    { name: 'something else', stored: { value: 'allocation' }, slug: 'rooms' },
    { name: 'nothing', stored: undefined, slug: 'rooms' },
  ])('returns undefined for $name', ({ stored, slug }) => {
    expect(readDraftPosition(stored, slug)).toBeUndefined();
  });
});

describe('readWorkbenchWork', () => {
  test('reads the workspace, each draft and the export record from a store', async () => {
    const store = createMemoryStore([
      [workspaceKey, staffed],
      [draftKey('rooms'), createDraftEnvelope({ slug: 'rooms', version: 1 }, 'result', {}, new Date('2026-05-01T08:30:00Z'))],
      [draftKey('staff'), { broken: true }],
      [historyKey, { exportedAt: '2026-05-02T00:00:00.000Z', parts: {} }],
    ]);
    const work = await readWorkbenchWork(store, ['rooms', 'staff', 'pilot'], empty);
    expect(work.workspace).toEqual(staffed);
    expect(work.drafts).toEqual({ rooms: { step: 'result', savedAt: '2026-05-01T08:30:00.000Z' } });
    expect(work.history.exportedAt).toBe('2026-05-02T00:00:00.000Z');
  });
});

describe('hasYearBegun', () => {
  test('is false with no draft and the empty workspace, true with either', () => {
    expect(hasYearBegun({ workspace: empty, drafts: {} }, empty)).toBe(false);
    expect(hasYearBegun({ workspace: createEmptyWorkspace(), drafts: {} }, empty)).toBe(false);
    expect(hasYearBegun({ workspace: empty, drafts: { pilot: { step: 'majors', savedAt: '2026-11-03T08:00:00.000Z' } } }, empty)).toBe(true);
    expect(hasYearBegun({ workspace: { ...empty, school: { ...empty.school, name: '某某职业学院' } }, drafts: {} }, empty)).toBe(true);
  });
});

describe('readWorkbenchWork: the photo wizard’s last match', () => {
  const photosDraft = (context: unknown) => createDraftEnvelope({ slug: 'photos', version: 1 }, 'matching', context, new Date('2026-11-03T08:00:00Z'));

  test('lists the students matched against and those the match left without a photo, ignoring an index of no student', async () => {
    const store = createMemoryStore();
    const students = ['110105200401010011', '110105200401010022', '110105200401010033'].map((documentNumber) => ({ name: '学生', documentNumber }));
    await store.put(draftKey('photos'), photosDraft({ students, match: { matches: [], unmatched: [], studentsWithoutPhoto: [2, 7] } }));
    expect((await readWorkbenchWork(store, ['photos'], empty)).photoCheck).toEqual({
      checked: students.map((student) => student.documentNumber),
      withoutPhoto: ['110105200401010033'],
    });
  });

  test.each([
    { name: 'before photos are matched', context: { students: [{}], match: null } },
    { name: 'a context of another shape', context: { students: 'all', match: { studentsWithoutPhoto: 2 } } },
    { name: 'no context', context: undefined },
  ])('gives nothing $name', async ({ context }) => {
    const store = createMemoryStore();
    await store.put(draftKey('photos'), photosDraft(context));
    expect((await readWorkbenchWork(store, ['photos'], empty)).photoCheck).toBeUndefined();
  });
});
