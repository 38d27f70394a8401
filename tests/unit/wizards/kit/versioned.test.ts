import { describe, expect, test } from 'vitest';
import { z } from '../../../../src/domain/zod';
import { describeZodError, migrateVersioned, readVersioned, type VersionedSpec } from '../../../../wizards/kit/versioned';

// A shape at version 3 whose field was renamed at each step: 1 {n} → 2 {count} → 3 {total}.
const spec: VersionedSpec<{ total: number }> = {
  version: 3,
  schema: z.object({ total: z.number() }),
  migrations: {
    1: (saved) => ({ count: (saved as { n: number }).n }),
    2: (saved) => ({ total: (saved as { count: number }).count }),
  },
};

describe('readVersioned', () => {
  test.each([
    { version: 3, data: { total: 4 }, kind: 'ok' },
    { version: 1, data: { n: 4 }, kind: 'outdated' },
    { version: 4, data: {}, kind: 'newer' },
    { version: 3, data: { total: 'four' }, kind: 'corrupt' },
    { version: '3', data: { total: 4 }, kind: 'corrupt' },
    { version: undefined, data: null, kind: 'corrupt' },
  ])('returns $kind for version $version', ({ version, data, kind }) => {
    expect(readVersioned(spec, version, data).kind).toBe(kind);
  });
});

describe('migrateVersioned', () => {
  test('runs every step from the saved version to the current one', () => {
    expect(migrateVersioned(spec, 1, { n: 7 })).toEqual({ ok: true, value: { total: 7 } });
  });

  test('fails with a reason when a step is missing', () => {
    expect(migrateVersioned({ ...spec, migrations: { 2: spec.migrations[2]! } }, 1, { n: 7 })).toEqual({
      ok: false,
      reason: '没有从第 1 版迁移的方法',
    });
  });

  test('fails with a reason when a step throws', () => {
    const result = migrateVersioned(spec, 1, null);
    expect(result.ok).toBe(false);
  });

  test('fails when the migrated data does not match the schema', () => {
    expect(migrateVersioned(spec, 2, { count: 'x' }).ok).toBe(false);
  });
});

describe('describeZodError', () => {
  test('names the path of the first problem and counts the others', () => {
    const error = z.object({ a: z.string(), b: z.string() }).safeParse({ a: 1, b: 2 }).error!;
    expect(describeZodError(error)).toMatch(/^「a」不符合要求：.*（另有 1 处）$/);
  });

  test('says what is wrong in Chinese, after where it is', () => {
    const error = z.object({ a: z.string() }).safeParse({ a: 1 }).error!;
    expect(describeZodError(error)).toBe('「a」不符合要求：应为文字，实际是 1');
  });
});
