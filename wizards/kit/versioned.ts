/**
 * Reading data that was saved by an earlier (or later) version of the site: the
 * school workspace and each wizard's draft carry a version number, and what is
 * read back is sorted into one of four outcomes the user can act on.
 */
import type { z } from '../../src/domain/zod';

/** How to read one kind of saved data. */
export interface VersionedSpec<T> {
  /** Current version; saved data with another version is not used silently. */
  version: number;
  /** Shape of the data at the current version. */
  schema: z.ZodMiniType<T>;
  /** Steps from one version to the next, keyed by the version they start from. */
  migrations: Readonly<Record<number, (saved: unknown) => unknown>>;
}

/** What reading saved data found. */
export type VersionedRead<T> =
  | { kind: 'ok'; value: T }
  /** Saved by an older version: can be migrated on request. */
  | { kind: 'outdated'; savedVersion: number }
  /** Saved by a newer version of the site: cannot be read here. */
  | { kind: 'newer'; savedVersion: number }
  /** Unreadable: not the expected shape. */
  | { kind: 'corrupt'; reason: string };

/** Sort saved `{ version, data }` into ok, outdated, newer or corrupt. */
export function readVersioned<T>(spec: VersionedSpec<T>, version: unknown, data: unknown): VersionedRead<T> {
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { kind: 'corrupt', reason: '缺少版本号' };
  }
  if (version > spec.version) return { kind: 'newer', savedVersion: version };
  if (version < spec.version) return { kind: 'outdated', savedVersion: version };
  const parsed = spec.schema.safeParse(data);
  return parsed.success ? { kind: 'ok', value: parsed.data } : { kind: 'corrupt', reason: describeZodError(parsed.error) };
}

/** Run the migration steps from `version` to the current one, then check the result. */
export function migrateVersioned<T>(
  spec: VersionedSpec<T>,
  version: number,
  data: unknown,
): { ok: true; value: T } | { ok: false; reason: string } {
  let current = data;
  try {
    for (let from = version; from < spec.version; from += 1) {
      const step = spec.migrations[from];
      if (!step) return { ok: false, reason: `没有从第 ${from} 版迁移的方法` };
      current = step(current);
    }
  } catch (error) {
    return { ok: false, reason: `迁移时出错：${(error as Error).message}` };
  }
  const parsed = spec.schema.safeParse(current);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, reason: describeZodError(parsed.error) };
}

/** Return a short Chinese description of the first problem zod found, with where it is. */
export function describeZodError(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return '内容不符合要求';
  const where = issue.path.length > 0 ? issue.path.join('.') : '整体';
  const more = error.issues.length > 1 ? `（另有 ${error.issues.length - 1} 处）` : '';
  return `「${where}」不符合要求：${issue.message}${more}`;
}
