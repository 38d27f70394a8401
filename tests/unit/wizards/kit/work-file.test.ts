import { describe, expect, test } from 'vitest';
import { z } from '../../../../src/domain/zod';
import { createDraftEnvelope, type DraftSpec } from '../../../../wizards/kit/draft-envelope';
import { buildWorkFile, parseWorkFile, workFileName } from '../../../../wizards/kit/work-file';
import { createEmptyWorkspace } from '../../../../src/domain/workspace/rules';

const spec: DraftSpec<{ name: string }> = { slug: 'demo', version: 1, schema: z.object({ name: z.string() }), migrations: {} };
const at = new Date('2026-05-01T08:30:00+08:00');
const goodEntries: Array<[string, unknown]> = [
  ['workspace', createEmptyWorkspace()],
  ['draft:demo', createDraftEnvelope(spec, 'school', { name: '甲' }, at)],
  ['draft:photos', createDraftEnvelope({ ...spec, slug: 'photos' }, 'upload', { anything: true }, at)],
];

describe('buildWorkFile and parseWorkFile', () => {
  test('return every entry after a round trip', () => {
    expect(parseWorkFile(buildWorkFile(goodEntries, at), spec)).toEqual({ ok: true, entries: goodEntries });
  });
});

describe('parseWorkFile', () => {
  const wrap = (entries: Record<string, unknown>, extra: object = {}) =>
    JSON.stringify({ format: 'kaowu-xiangdao.work-file', version: 1, exportedAt: at.toISOString(), entries, ...extra });

  test.each([
    { case: 'text that is not JSON', text: '学生名单', reason: /不是有效的 JSON/ },
    { case: 'JSON from another program', text: JSON.stringify({ students: [] }), reason: /不是考务向导导出的工作文件/ },
    { case: 'a newer work file', text: wrap({}, { version: 2 }), reason: /更新版本/ },
    { case: 'a damaged workspace', text: wrap({ workspace: { version: 1, candidates: 3 } }), reason: /学校工作区已损坏/ },
    { case: 'an unknown entry', text: wrap({ secrets: 1 }), reason: /无法识别的内容/ },
    { case: 'a draft under the wrong key', text: wrap({ 'draft:rooms': goodEntries[1]![1] }), reason: /不是有效的向导进度/ },
    { case: 'a damaged draft of this wizard', text: wrap({ 'draft:demo': createDraftEnvelope(spec, 'a', { name: 5 }, at) }), reason: /本向导的进度已损坏/ },
  ])('refuses $case with a reason', ({ text, reason }) => {
    const result = parseWorkFile(text, spec);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });
});

describe('parseWorkFile between the user’s own work and the demo', () => {
  test('imports a demo file into the demo', () => {
    expect(parseWorkFile(buildWorkFile(goodEntries, at, 'demo'), spec, 'demo')).toEqual({ ok: true, entries: goodEntries });
  });

  test.each([
    { from: 'demo' as const, into: 'own' as const, reason: /演示数据的工作文件，不能导入到您自己的工作中/ },
    { from: 'own' as const, into: 'demo' as const, reason: /您自己的工作文件，不能导入到演示数据中/ },
  ])('refuses a file of $from work imported into $into work', ({ from, into, reason }) => {
    const result = parseWorkFile(buildWorkFile(goodEntries, at, from), spec, into);
    expect(!result.ok && result.reason).toMatch(reason);
  });
});

describe('workFileName', () => {
  test('returns a Chinese name with the date', () => {
    expect(workFileName(new Date(2026, 4, 1))).toBe('考务向导工作文件-2026-05-01.json');
  });
});
