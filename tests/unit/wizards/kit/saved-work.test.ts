import { describe, expect, test } from 'vitest';
import { z } from '../../../../src/domain/zod';
import { createDraftEnvelope, type DraftSpec } from '../../../../wizards/kit/draft-envelope';
import { readDraft, readSavedWork, readWorkspace } from '../../../../wizards/kit/saved-work';
import { createEmptyWorkspace } from '../../../../src/domain/workspace/rules';

const spec: DraftSpec<{ name: string }> = { slug: 'demo', version: 2, schema: z.object({ name: z.string() }), migrations: {} };
const savedAt = new Date('2026-05-01T08:30:00Z');

describe('readDraft', () => {
  test('returns the step, context and time of a draft saved by this version', () => {
    const envelope = createDraftEnvelope(spec, 'school', { name: '甲' }, savedAt);
    expect(readDraft(spec, envelope)).toEqual({
      kind: 'ok',
      value: { value: 'school', context: { name: '甲' }, savedAt: savedAt.toISOString() },
    });
  });

  test.each([
    { case: 'another wizard’s draft', stored: createDraftEnvelope({ ...spec, slug: 'other' }, 'a', { name: '' }, savedAt), kind: 'corrupt' },
    { case: 'a string', stored: 'garbage', kind: 'corrupt' },
    { case: 'an older version', stored: { ...createDraftEnvelope(spec, 'a', {}, savedAt), version: 1 }, kind: 'outdated' },
    { case: 'a newer version', stored: { ...createDraftEnvelope(spec, 'a', {}, savedAt), version: 3 }, kind: 'newer' },
    { case: 'a context of the wrong shape', stored: createDraftEnvelope(spec, 'a', { name: 1 }, savedAt), kind: 'corrupt' },
  ])('returns $kind for $case', ({ stored, kind }) => {
    expect(readDraft(spec, stored).kind).toBe(kind);
  });
});

describe('readWorkspace', () => {
  test('returns an empty workspace as ok', () => {
    expect(readWorkspace(createEmptyWorkspace()).kind).toBe('ok');
  });

  test('fills parts added after the workspace was saved with their defaults', () => {
    const read = readWorkspace({ version: 1, school: { name: '某某职业学院' } });
    expect(read).toMatchObject({ kind: 'ok', value: { school: { name: '某某职业学院', siteCode: '' }, candidates: [] } });
  });

  test('returns corrupt for a workspace whose candidates are not a list', () => {
    expect(readWorkspace({ version: 1, candidates: 'none' }).kind).toBe('corrupt');
  });
});

describe('readSavedWork', () => {
  test('returns undefined parts when nothing was saved', () => {
    expect(readSavedWork(spec, { workspace: undefined, draft: undefined })).toEqual({ workspace: undefined, draft: undefined });
  });

  test('reads the stored workspace and this wizard’s draft', () => {
    const saved = readSavedWork(spec, { workspace: createEmptyWorkspace(), draft: createDraftEnvelope(spec, 'review', { name: '乙' }, savedAt) });
    expect(saved.workspace?.kind).toBe('ok');
    expect(saved.draft).toMatchObject({ kind: 'ok', value: { value: 'review' } });
  });

  test('sorts each part on its own: a corrupt draft beside a good workspace', () => {
    const saved = readSavedWork(spec, { workspace: createEmptyWorkspace(), draft: { format: 'other' } });
    expect(saved.workspace?.kind).toBe('ok');
    expect(saved.draft?.kind).toBe('corrupt');
  });
});
