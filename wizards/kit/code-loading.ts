/**
 * A part of the page's code that did not load: a screen, a reader or the checking code
 * is fetched from the site when first needed, and a network cut before the site was
 * cached stops it. Browsers say so in English and in their own words; the user is told
 * in Chinese what happened and what to do, wherever the failure surfaces.
 */

/** What each browser's failed `import()` says: Chromium ("Failed to fetch …"), Firefox ("error loading …"), Safari. */
const codeLoadFailurePattern = /dynamically imported module|Importing a module script failed/i;

/** What happened, for a message that goes on to say what it means there (the host's 「没有能读取本机保存的工作（…）」). */
export const codeLoadFailureReason = '页面需要的一部分程序没有从网站加载下来';

/** The message shown for code that did not load. */
export const codeLoadFailureMessage = `${codeLoadFailureReason}，可能是网络中断了。已保存的工作不会丢失：请检查网络后刷新页面，再试一次`;

/** True when `error` is a failed `import()` of the page's own code. */
export function isCodeLoadFailure(error: unknown): boolean {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return codeLoadFailurePattern.test(message);
}
