import { describe, expect, test } from 'vitest';
import { z } from '../../../../src/domain/zod';
import { createDraftEnvelope, type DraftSpec } from '../../../../wizards/kit/draft-envelope';
import { buildWorkFile, replaceEntries, workFileName } from '../../../../wizards/kit/work-file';
import { createEmptyWorkspace } from '../../../../src/domain/workspace/rules';

const spec: DraftSpec<{ name: string }> = { slug: 'demo', version: 1, schema: z.object({ name: z.string() }), migrations: {} };
const at = new Date('2026-05-01T08:30:00+08:00');

describe('buildWorkFile', () => {
  test('writes the format, version, export time and every entry', () => {
    const draft = createDraftEnvelope(spec, 'school', { name: '甲' }, at);
    const body = JSON.parse(buildWorkFile([['workspace', createEmptyWorkspace()], ['draft:demo', draft]], at));
    expect(body).toEqual({ format: 'kaowu-xiangdao.work-file', version: 1, exportedAt: at.toISOString(), entries: { workspace: createEmptyWorkspace(), 'draft:demo': draft } });
  });

  test('marks a file of the demo, and only that', () => {
    expect(JSON.parse(buildWorkFile([], at, 'demo')).mode).toBe('demo');
    expect(JSON.parse(buildWorkFile([], at, 'own'))).not.toHaveProperty('mode');
  });
});

describe('replaceEntries', () => {
  test('puts each replacement in place of the entry of its key and adds the others', () => {
    expect(replaceEntries([['a', 1], ['b', 2]], [['b', 3], ['c', 4]])).toEqual([['a', 1], ['b', 3], ['c', 4]]);
  });
});

describe('workFileName', () => {
  test('returns a Chinese name with the date', () => {
    expect(workFileName(new Date(2026, 4, 1))).toBe('考务向导工作文件-2026-05-01.json');
  });
});
