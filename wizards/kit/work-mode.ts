/**
 * Whose saved work a wizard page shows: the user's own, or the fictional sample
 * school of the 培训 section (演示数据). The two live in separate IndexedDB
 * databases (`storage.ts`), so loading, changing or clearing the demo can never
 * touch the user's own work, and the other way round.
 *
 * `?demo=1` in the address starts demo mode and `?demo=0` ends it; without
 * either, a tab keeps the mode it had (sessionStorage), so links between
 * wizards and guides stay in the demo during a training exercise. The page
 * marks the mode on `<html data-work-mode>`, for styles and for downloads.
 */

/** The user's own saved work, or the sample school's. */
export type WorkMode = 'own' | 'demo';

/** Query parameter that switches the mode: `1` demo, `0` own work. */
export const demoParameter = 'demo';

const sessionKey = 'kaowu-xiangdao.work-mode';

/** Return the mode a page is in, from its query string and the mode the tab remembered. */
export function resolveWorkMode(search: string, remembered: string | null): WorkMode {
  const requested = new URLSearchParams(search).get(demoParameter);
  if (requested === '1') return 'demo';
  if (requested === '0') return 'own';
  return remembered === 'demo' ? 'demo' : 'own';
}

/** Return the address of the same page in `mode`, without a step hash (each mode resumes its own step). */
export function getUrlForMode(href: string, mode: WorkMode): string {
  const url = new URL(href);
  url.hash = '';
  if (mode === 'demo') url.searchParams.set(demoParameter, '1');
  else url.searchParams.delete(demoParameter);
  return url.pathname + url.search;
}

/** Remember `mode` for this tab and mark it on the page. */
export function rememberWorkMode(mode: WorkMode): void {
  document.documentElement.dataset.workMode = mode;
  try {
    sessionStorage.setItem(sessionKey, mode);
  } catch {
    // Storage refused (some private modes): the mode then lasts for this page only.
  }
}

/** Settle the mode of the page being loaded: read it, remember it, mark it. */
export function settleWorkMode(): WorkMode {
  let remembered: string | null = null;
  try {
    remembered = sessionStorage.getItem(sessionKey);
  } catch {
    // As above: without storage, only the address decides.
  }
  const mode = resolveWorkMode(window.location.search, remembered);
  rememberWorkMode(mode);
  return mode;
}

/** True when the page shows the sample school (set by `settleWorkMode`). */
export function isDemoPage(): boolean {
  return typeof document !== 'undefined' && document.documentElement.dataset.workMode === 'demo';
}

/** Prefix of every file downloaded in demo mode, so a demo file is never taken for real work. */
export const demoFilePrefix = '演示数据-';

/** Return the name a download gets in `mode`. */
export function nameDownload(fileName: string, mode: WorkMode): string {
  return mode === 'demo' ? demoFilePrefix + fileName : fileName;
}
