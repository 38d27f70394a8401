/**
 * Asking before a 工作文件 is imported, in the same words in the wizards' 工作文件 section and the workbench's
 * 导入全部工作: what the file holds and what it replaces. Only shown once a file has been checked, so the wizards
 * load it then (`WorkFileControls`), not with the page.
 */
import { formatDateTime } from './format-time';

/** What a checked file holds and would replace, in words (see `checkPickedWorkFile`). */
export interface ImportOfferText {
  fileName: string;
  holds: string;
  /** What is saved on this computer now; null when nothing is. */
  replaces: string | null;
  exportedAt: Date | null;
}

/** Props of the confirmation: `idPrefix` keeps its ids apart from another confirmation's on the page. */
export interface ImportConfirmProps {
  idPrefix: string;
  offer: ImportOfferText;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Ask before importing: what the file holds, what it replaces (kept as a backup), 确定导入 / 取消. */
export function ImportConfirm({ idPrefix, offer, onConfirm, onCancel }: ImportConfirmProps) {
  return (
    <div class="wizard-confirm" role="alertdialog" aria-labelledby={`${idPrefix}-confirm-title`} aria-describedby={`${idPrefix}-confirm-text`}>
      <p id={`${idPrefix}-confirm-title`}>
        <strong>
          导入「{offer.fileName}」{offer.exportedAt && `（导出于 ${formatDateTime(offer.exportedAt)}）`}吗？
        </strong>
      </p>
      <div id={`${idPrefix}-confirm-text`}>
        <p>文件中有：{offer.holds}。</p>
        <p>
          {offer.replaces
            ? `导入会替换这台电脑上现在保存的全部工作：${offer.replaces}。被替换的工作会自动留作备份，导入后可以「撤销导入」。`
            : '这台电脑上现在没有保存的工作。'}
        </p>
      </div>
      <button type="button" class="wizard-button" autoFocus onClick={onConfirm}>
        确定导入
      </button>{' '}
      <button type="button" class="wizard-button wizard-button--secondary" onClick={onCancel}>
        取消
      </button>
    </div>
  );
}
