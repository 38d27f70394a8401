/**
 * A saved moment in the words the wizards use (2026年5月1日 08:30, as the kit's
 * `formatDateTime` writes it). Written here because the kit's lives in the 工作文件
 * controls' module, which would bring their whole chunk into the page's first JavaScript.
 */

/** Format a moment as 2026年5月1日 08:30. */
export function formatSavedTime(date: Date): string {
  const clock = date.toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false });
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日 ${clock}`;
}
