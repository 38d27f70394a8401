/** When the work was last exported, and what has changed since, in words (from `kit:history`). */
import type { UnexportedWork } from '../kit/work-history';

/** Return e.g. 「上次导出工作文件：2026年5月1日 08:30。之后 3 天的修改还没有导出。」 */
export function describeExportStatus(unexported: UnexportedWork, formatTime: (date: Date) => string): string {
  const last = unexported.exportedAt ? `上次导出工作文件：${formatTime(unexported.exportedAt)}。` : '还没有导出过工作文件。';
  if (unexported.since === null) return unexported.exportedAt ? `${last}之后没有新的修改。` : `${last}这里还没有保存任何工作。`;
  const pending = unexported.days > 0 ? `有 ${unexported.days} 天的修改还没有导出` : '一天之内的修改还没有导出';
  return `${last}${pending}（从 ${formatTime(unexported.since)} 起）。`;
}
