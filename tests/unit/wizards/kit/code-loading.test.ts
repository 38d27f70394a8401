import { describe, expect, test } from 'vitest';
import { codeLoadFailureMessage, isCodeLoadFailure } from '../../../../wizards/kit/code-loading';
import { describeTaskError, TaskUserError } from '../../../../wizards/kit/progress-task';
import { describeStorageError } from '../../../../wizards/kit/use-autosave';
import { refuseFailedCheck } from '../../../../wizards/kit/WorkFileImportParts';

// What each browser's `import()` rejects with when the network is cut before the site was cached.
const failedImports = [
  ['Chromium', new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1:4321/_astro/checking.abc123.js')],
  ['Firefox', new TypeError('error loading dynamically imported module: http://127.0.0.1:4321/_astro/checking.abc123.js')],
  ['Safari', new TypeError('Importing a module script failed.')],
] as const;

describe('isCodeLoadFailure', () => {
  test.each(failedImports)('recognizes a failed import in %s', (_browser, error) => {
    expect(isCodeLoadFailure(error)).toBe(true);
  });

  test('leaves other failures alone', () => {
    expect(isCodeLoadFailure(new TypeError('Cannot read properties of undefined'))).toBe(false);
    expect(isCodeLoadFailure(new DOMException('quota', 'QuotaExceededError'))).toBe(false);
    expect(isCodeLoadFailure(undefined)).toBe(false);
  });
});

describe('messages about code that did not load', () => {
  const [, chromiumFailure] = failedImports[0];

  test('a failed task says so in Chinese, without the browser’s English', () => {
    expect(describeTaskError(chromiumFailure)).toBe(`${codeLoadFailureMessage}。`);
    expect(describeTaskError(new Error('boom'))).toContain('boom');
    expect(describeTaskError(new TaskUserError('文件是空的。'))).toBe('文件是空的。');
  });

  test('a failed export says so (the export may need the checking code to merge the workspace)', () => {
    expect(describeStorageError(chromiumFailure)).toBe(codeLoadFailureMessage);
    expect(describeStorageError(new DOMException('quota', 'QuotaExceededError'))).toBe('浏览器的存储空间已满');
  });

  test('a work file check that could not load its code is refused with the same words', () => {
    expect(refuseFailedCheck(chromiumFailure)).toEqual({ ok: false, reason: `${codeLoadFailureMessage}。` });
    expect(refuseFailedCheck(new Error('boom')).reason).toBe('检查时出错（boom）。');
  });
});
