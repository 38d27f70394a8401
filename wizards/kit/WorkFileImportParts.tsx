/**
 * The parts of importing a 工作文件 that the wizards' 工作文件 section (`WorkFileControls`) and the
 * workbench's 导入全部工作 share, so both pick, refuse and confirm in the same words: the file
 * picker, what a refusal says, and the confirmation naming what the file holds and replaces.
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

/** A button-styled label over a hidden file input for .json work files; calls `onPick` with the file chosen. */
export function WorkFilePicker({ label, disabled, onPick }: { label: string; disabled: boolean; onPick: (file: File) => void }) {
  return (
    <label class="wizard-button wizard-button--secondary wizard-file-button">
      {label}
      <input
        type="file"
        class="sr-only"
        accept=".json,application/json"
        disabled={disabled}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared at once, so picking the same file again (after fixing it) is a new change.
          event.currentTarget.value = '';
          if (file) onPick(file);
        }}
      />
    </label>
  );
}

/** What checking says while it runs. */
export const describeChecking = (fileName: string) => `正在检查「${fileName}」…`;

/** What a refused file gets: the reason, and that nothing changed. */
export const describeRefusal = (fileName: string, reason: string) => `没有导入「${fileName}」：${reason} 本机保存的内容没有任何改变。`;

/** A check that threw, as a refusal. */
export const refuseFailedCheck = (error: unknown) => ({ ok: false as const, reason: `检查时出错（${(error as Error).message}）。` });

/** Ask before importing: what the file holds, what it replaces (kept as a backup), 确定导入 / 取消. */
export function ImportConfirm({ idPrefix, offer, onConfirm, onCancel }: { idPrefix: string; offer: ImportOfferText; onConfirm: () => void; onCancel: () => void }) {
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
