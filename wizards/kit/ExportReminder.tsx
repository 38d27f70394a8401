/**
 * The quiet reminder to export (issue 15), shown beside the 工作文件 controls on every wizard page once the saved
 * work holds changes no work file carries for more than `exportReminderDays` days. Its code (mostly Chinese text,
 * which compresses poorly) loads only when a reminder is due, staying out of every wizard page's first JavaScript.
 */
import type { UnexportedWork } from './work-history';
import { formatDate } from './format-time';

/** A status line, not an alert: nothing is wrong yet, and the user decides when to export. */
export function ExportReminder({ work }: { work: UnexportedWork }) {
  return (
    <p class="wizard-hint wizard-export-reminder" role="status">
      有 {work.days} 天的修改还没有导出。浏览器数据被清除时，这些工作会丢失：请用「导出工作文件」保存一份。
      {work.exportedAt ? `上次导出：${formatDate(work.exportedAt)}。` : '还没有导出过工作文件。'}
    </p>
  );
}
