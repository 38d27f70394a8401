import { describe, expect, test } from 'vitest';
import { z } from '../../../../src/domain/zod';
import { createDraftEnvelope, type DraftSpec } from '../../../../wizards/kit/draft-envelope';
import { codeLoadFailureMessage } from '../../../../wizards/kit/code-loading';
import type { DraftRegistry } from '../../../../wizards/kit/draft-registry';
import { buildWorkFile } from '../../../../wizards/kit/work-file';
import {
  checkPickedWorkFile,
  checkWorkFile,
  checkWorkFileSize,
  checkWorkFileVersion,
  describeWorkSummary,
  isNestedDeeperThan,
  isEmptySummary,
  maxNestingDepth,
  maxWorkFileBytes,
  summarizeWork,
} from '../../../../wizards/kit/work-file-import';
import { createEmptyWorkspace } from '../../../../src/domain/workspace/rules';

const namesSpec: DraftSpec<{ name: string }> = { slug: 'names', version: 1, schema: z.object({ name: z.string() }), migrations: {} };
// Version 2 renamed `n` to `count`.
const countsSpec: DraftSpec<{ count: number }> = {
  slug: 'counts',
  version: 2,
  schema: z.object({ count: z.number() }),
  migrations: { 1: (saved) => ({ count: (saved as { n: number }).n }) },
};
const registry: DraftRegistry = {
  names: { title: '姓名向导', loadSpec: async () => namesSpec as DraftSpec<unknown> },
  counts: { title: '计数向导', loadSpec: async () => countsSpec as DraftSpec<unknown> },
};
const at = new Date('2026-05-01T08:30:00+08:00');
const workspace = { ...createEmptyWorkspace(), school: { name: '某某职业学院', siteName: '', siteCode: '' } };
const goodEntries: Array<[string, unknown]> = [
  ['workspace', workspace],
  ['draft:names', createDraftEnvelope(namesSpec, 'school', { name: '甲' }, at)],
  ['draft:counts', createDraftEnvelope(countsSpec, 'start', { count: 3 }, at)],
];
const wrap = (entries: unknown, extra: object = {}) => JSON.stringify({ format: 'kaowu-xiangdao.work-file', version: 1, exportedAt: at.toISOString(), entries, ...extra });

/** A list nested `depth` levels deep, built without recursion. */
function nestedList(depth: number): unknown {
  let value: unknown = [];
  for (let level = 1; level < depth; level += 1) value = [value];
  return value;
}

async function reasonFor(text: string): Promise<string> {
  const result = await checkWorkFile(text, registry);
  if (result.ok) throw new Error('expected a refusal');
  return result.reason;
}

describe('checkWorkFile', () => {
  test('returns every entry of an exported file, and when it was exported', async () => {
    expect(await checkWorkFile(buildWorkFile(goodEntries, at), registry)).toEqual({ ok: true, entries: goodEntries, exportedAt: at });
  });

  test('migrates a wizard’s progress saved by an older version', async () => {
    const older = { ...createDraftEnvelope(countsSpec, 'start', { n: 4 }, at), version: 1 };
    const result = await checkWorkFile(wrap({ 'draft:counts': older }), registry);
    expect(result).toMatchObject({ ok: true, entries: [['draft:counts', { version: 2, context: { count: 4 }, value: 'start' }]] });
  });

  test.each([
    { case: 'text that is not JSON', text: '学生名单', reason: /不是有效的 JSON/ },
    { case: 'JSON from another program', text: JSON.stringify({ students: [] }), reason: /不是考务向导导出的工作文件/ },
    { case: 'a file without entries', text: wrap(undefined), reason: /格式不对/ },
    { case: 'entries that are a list', text: wrap([]), reason: /格式不对/ },
    { case: 'empty entries, which would erase everything', text: wrap({}), reason: /工作文件是空的.*会清空这台电脑上保存的全部工作/ },
    { case: 'a damaged workspace', text: wrap({ workspace: { version: 1, candidates: 3 } }), reason: /学校工作区已损坏/ },
    { case: 'an unknown entry', text: wrap({ secrets: 1 }), reason: /无法识别的内容「secrets」/ },
    { case: 'the kit’s own records', text: wrap({ 'kit:history': {} }), reason: /无法识别的内容/ },
    { case: 'progress of a wizard the site does not have', text: wrap({ 'draft:lottery': goodEntries[1]![1] }), reason: /本网站没有的向导「lottery」/ },
    { case: 'a draft under another wizard’s key', text: wrap({ 'draft:counts': goodEntries[1]![1] }), reason: /「计数向导」的进度不是有效的向导进度/ },
    { case: 'a damaged draft of another wizard', text: wrap({ 'draft:names': createDraftEnvelope(namesSpec, 'a', { name: 5 }, at) }), reason: /「姓名向导」的进度已损坏：「name」不符合要求/ },
    { case: 'a draft from a newer version', text: wrap({ 'draft:names': { ...createDraftEnvelope(namesSpec, 'a', { name: '' }, at), version: 2 } }), reason: /「姓名向导」的进度来自更新版本/ },
    { case: 'an older draft that cannot be migrated', text: wrap({ 'draft:names': { ...createDraftEnvelope(namesSpec, 'a', {}, at), version: 0 } }), reason: /「姓名向导」的进度无法迁移：没有从第 0 版迁移的方法/ },
    { case: 'a file of the demo', text: buildWorkFile(goodEntries, at, 'demo'), reason: /演示数据的工作文件，不能导入到您自己的工作中/ },
  ])('refuses $case with a reason', async ({ text, reason }) => {
    expect(await reasonFor(text)).toMatch(reason);
  });

  test('refuses a draft nested 200 000 levels deep without exhausting the stack', async () => {
    // Written as text: the value is too deep for JSON.stringify, as it was for the browser's copy into the store.
    const envelope = createDraftEnvelope(namesSpec, 'a', { name: '甲' }, at);
    const text = wrap({ workspace, 'draft:names': { ...envelope, context: { name: '甲', extra: 'DEEP' } } }).replace('"DEEP"', `${'['.repeat(200_000)}${']'.repeat(200_000)}`);
    expect(await reasonFor(text)).toMatch(`「姓名向导」的进度嵌套超过 ${maxNestingDepth} 层`);
  });

  test('refuses a file whose checking code cannot load, saying so', async () => {
    const offline: DraftRegistry = { names: { title: '姓名向导', loadSpec: () => Promise.reject(new Error('Failed to fetch')) } };
    const result = await checkWorkFile(wrap({ 'draft:names': goodEntries[1]![1] }), offline);
    expect(!result.ok && result.reason).toMatch(/无法载入检查「姓名向导」的进度的程序（Failed to fetch）/);
  });

  test('says in Chinese, without the browser’s English, when the checking code’s import() failed', async () => {
    const failedImport = new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1/_astro/context-schema.ab12.js');
    const offline: DraftRegistry = { names: { title: '姓名向导', loadSpec: () => Promise.reject(failedImport) } };
    const result = await checkWorkFile(wrap({ 'draft:names': goodEntries[1]![1] }), offline);
    expect(!result.ok && result.reason).toContain(codeLoadFailureMessage);
    expect(!result.ok && result.reason).not.toContain('Failed to fetch');
  });

  test.each([
    { from: 'demo' as const, into: 'demo' as const, ok: true },
    { from: 'own' as const, into: 'demo' as const, ok: false },
  ])('takes a file of $from work into $into work: $ok', async ({ from, into, ok }) => {
    expect((await checkWorkFile(buildWorkFile(goodEntries, at, from), registry, into)).ok).toBe(ok);
  });
});

describe('checkWorkFileVersion', () => {
  test.each([
    { version: 1, reason: null },
    { version: '1', reason: /应是数字 1，这里却是文字 "1"（带引号）/ },
    { version: 0, reason: /版本号 0 无效：版本号是从 1 开始的整数/ },
    { version: -7, reason: /版本号 -7 无效/ },
    { version: 1.5, reason: /版本号 1.5 无效/ },
    { version: null, reason: /版本号 null 无效/ },
    { version: undefined, reason: /缺少版本号/ },
    { version: 2, reason: /来自更新版本的考务向导（第 2 版）/ },
  ])('returns $reason for version $version', ({ version, reason }) => {
    const found = checkWorkFileVersion(version);
    if (reason === null) expect(found).toBeNull();
    else expect(found).toMatch(reason);
  });
});

describe('checkWorkFileSize', () => {
  test.each([
    { size: 1, reason: null },
    { size: maxWorkFileBytes, reason: null },
    { size: 0, reason: /文件是空的/ },
    { size: 150 * 1024 * 1024, reason: /文件有 150.0 MB，超过了工作文件的上限 100 MB，所以没有读取它/ },
  ])('returns $reason for $size bytes', ({ size, reason }) => {
    const found = checkWorkFileSize(size);
    if (reason === null) expect(found).toBeNull();
    else expect(found).toMatch(reason);
  });
});

describe('isNestedDeeperThan', () => {
  test.each([
    { value: 'text', limit: 0, deeper: false },
    { value: [], limit: 0, deeper: true },
    { value: [], limit: 1, deeper: false },
    { value: { a: [{ b: 1 }] }, limit: 3, deeper: false },
    { value: { a: [{ b: [] }] }, limit: 3, deeper: true },
  ])('returns $deeper for $value within $limit levels', ({ value, limit, deeper }) => {
    expect(isNestedDeeperThan(value, limit)).toBe(deeper);
  });

  test('measures 200 000 levels without recursion', () => {
    expect(isNestedDeeperThan(nestedList(200_000), maxNestingDepth)).toBe(true);
  });
});

describe('summarizeWork and describeWorkSummary', () => {
  test('names the school, counts students and names the wizards with progress in the registry’s order', () => {
    const summary = summarizeWork([...goodEntries].reverse(), registry);
    expect(describeWorkSummary(summary)).toBe('学校「某某职业学院」，0 名考生；向导进度：「姓名向导」「计数向导」');
  });

  test('counts students, rooms and staff', () => {
    const entries: Array<[string, unknown]> = [['workspace', { school: { name: '' }, candidates: [{}, {}], rooms: [{}], staff: [{}, {}, {}] }]];
    expect(describeWorkSummary(summarizeWork(entries, registry))).toBe('未填写学校名称，2 名考生，1 个考场，3 名考务人员；向导进度：无');
  });

  test('says when there is no workspace, and calls nothing at all empty', () => {
    expect(describeWorkSummary(summarizeWork([goodEntries[1]!], registry))).toBe('没有学校工作区；向导进度：「姓名向导」');
    expect(isEmptySummary(summarizeWork([], registry))).toBe(true);
    expect(isEmptySummary(summarizeWork([goodEntries[1]!], registry))).toBe(false);
  });
});

describe('checkPickedWorkFile', () => {
  const picked = (text: string) => new File([text], '工作文件.json', { type: 'application/json' });
  const goodFile = () => picked(buildWorkFile(goodEntries, at));

  test('says what a good file holds and that nothing is replaced when the work here is empty', async () => {
    const checked = await checkPickedWorkFile(goodFile(), registry, 'own', async () => []);
    expect(checked).toMatchObject({ ok: true, holds: '学校「某某职业学院」，0 名考生；向导进度：「姓名向导」「计数向导」', replaces: null, exportedAt: at });
  });

  test('names the work here that the file would replace', async () => {
    const checked = await checkPickedWorkFile(goodFile(), registry, 'own', async () => [goodEntries[1]!]);
    expect(checked).toMatchObject({ ok: true, replaces: '没有学校工作区；向导进度：「姓名向导」' });
  });

  test('refuses a file the checks refuse, with their reason, without reading the work here', async () => {
    let readHere = false;
    const checked = await checkPickedWorkFile(picked('{'), registry, 'own', async () => ((readHere = true), []));
    expect(checked.ok).toBe(false);
    expect(readHere).toBe(false);
  });

  test('refuses a file larger than the limit before reading it', async () => {
    const huge = { size: maxWorkFileBytes + 1, name: '大.json', text: () => Promise.reject(new Error('read')) } as unknown as File;
    expect(await checkPickedWorkFile(huge, registry, 'own', async () => [])).toEqual({ ok: false, reason: checkWorkFileSize(maxWorkFileBytes + 1) });
  });
});
