/**
 * Moments in the words every page uses: 14:05, 2026年5月1日, 2026年5月1日 14:05. A module of its own, with
 * nothing else in it, so a page can format a time without loading the component that first needed it.
 */

/** Format a time of day as 14:05. */
export function formatClock(date: Date): string {
  return date.toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false });
}

/** Format a day as 2026年5月1日. */
export function formatDate(date: Date): string {
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`;
}

/** Format a moment as 2026年5月1日 14:05. */
export function formatDateTime(date: Date): string {
  return `${formatDate(date)} ${formatClock(date)}`;
}
