/**
 * 工作文件 controls under every wizard: 导出工作文件, 导入工作文件 (checked first,
 * then confirmed with what the file holds and what it replaces), 撤销导入 while
 * the last import's backup is kept, and clearing this wizard's progress.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { formatDateTime } from './format-time';
import type { ImportConfirmProps } from './ImportConfirm';
import { lazyScreen } from './lazy-screen';
import { WorkFilePicker, describeChecking, describeRefusal, refuseFailedCheck } from './WorkFileImportParts';
import type { ImportBackupInfo } from './work-store';

/** A checked file, ready to import: what it holds and what it would replace, in words. */
export interface ImportOffer {
  ok: true;
  /** What the file holds, e.g. 学校「某某职业学院」，120 名考生；向导进度：「考生信息导入」. */
  holds: string;
  /** What is saved on this computer now, in the same words; null when nothing is. */
  replaces: string | null;
  exportedAt: Date | null;
  apply: () => void;
}

// The confirmation is shown only after a file has been checked: its code loads then, not with the page.
const ImportConfirm = lazyScreen<ImportConfirmProps>(() => import('./ImportConfirm').then((module) => module.ImportConfirm));

type Pending = { kind: 'none' } | ({ kind: 'confirmImport'; fileName: string } & ImportOffer) | { kind: 'confirmClear' } | { kind: 'confirmDiscardBackup' };

/** Props: the host does the work; this component only asks and confirms. */
export interface WorkFileControlsProps {
  onExport: () => void;
  /** Check a chosen file: returns a reason to refuse it, or what it holds and a function that imports it. */
  onCheckImport: (file: File) => Promise<{ ok: false; reason: string } | ImportOffer>;
  onClearDraft: () => void;
  /** The reminder to export (`ExportReminder`), when one is due. */
  exportReminder?: ComponentChildren;
  /** The last import's backup, while it is kept. */
  backup: ImportBackupInfo | null;
  onUndoImport: () => void;
  onDiscardBackup: () => void;
  /** What the host last did for the user (exported, imported, undone), or a failure. */
  notice: { isError: boolean; text: string } | null;
}

/** The 工作文件 section. */
export function WorkFileControls(props: WorkFileControlsProps) {
  const { onExport, onCheckImport, onClearDraft, exportReminder, backup, onUndoImport, onDiscardBackup, notice } = props;
  const [pending, setPending] = useState<Pending>({ kind: 'none' });
  const [message, setMessage] = useState<{ isError: boolean; text: string } | null>(null);
  const [isChecking, setIsChecking] = useState(false);
  const shown = message ?? notice;

  return (
    <section class="wizard-workfile" aria-labelledby="wizard-workfile-title">
      <h2 id="wizard-workfile-title" class="wizard-workfile-title">
        工作文件
      </h2>
      <p class="wizard-hint">
        您填写的内容只保存在这台电脑的浏览器中。要换一台电脑继续，或交给同事，请导出工作文件，再在另一台电脑上导入。
      </p>
      {exportReminder}
      <div class="wizard-workfile-actions">
        <button type="button" class="wizard-button wizard-button--secondary" onClick={onExport}>
          导出工作文件
        </button>
        <WorkFilePicker
          label="导入工作文件"
          disabled={isChecking}
          onPick={async (file) => {
            setMessage({ isError: false, text: describeChecking(file.name) });
            setIsChecking(true);
            const checked = await onCheckImport(file).catch(refuseFailedCheck);
            setIsChecking(false);
            if (checked.ok) {
              setMessage(null);
              setPending({ kind: 'confirmImport', fileName: file.name, ...checked });
            } else {
              setMessage({ isError: true, text: describeRefusal(file.name, checked.reason) });
            }
          }}
        />
        <button type="button" class="wizard-button wizard-button--secondary" onClick={() => setPending({ kind: 'confirmClear' })}>
          清除本向导的进度
        </button>
      </div>
      {backup && pending.kind !== 'confirmImport' && (
        <div class="wizard-confirm wizard-import-backup">
          <p>
            {formatDateTime(new Date(backup.importedAt))} 导入了工作文件「{backup.fileName}」，导入前的工作已自动备份。如果导入的不对，可以撤销导入，恢复导入前的工作。
          </p>
          <div class="wizard-workfile-actions">
            <button type="button" class="wizard-button wizard-button--secondary" onClick={() => (setMessage(null), onUndoImport())}>
              撤销导入
            </button>
            <button type="button" class="wizard-button wizard-button--secondary" onClick={() => setPending({ kind: 'confirmDiscardBackup' })}>
              删除备份
            </button>
          </div>
        </div>
      )}
      {pending.kind === 'confirmImport' && (
        <ImportConfirm idPrefix="wizard" offer={pending} onConfirm={() => (setPending({ kind: 'none' }), pending.apply())} onCancel={() => setPending({ kind: 'none' })} />
      )}
      {pending.kind === 'confirmClear' && (
        <div class="wizard-confirm" role="alertdialog" aria-labelledby="wizard-confirm-text">
          <p id="wizard-confirm-text">清除后，本向导会从第一步重新开始；学校工作区和其他向导的进度不受影响。确定清除吗？</p>
          <button type="button" class="wizard-button wizard-button--warning" autoFocus onClick={() => (setPending({ kind: 'none' }), onClearDraft())}>
            确定清除
          </button>{' '}
          <button type="button" class="wizard-button wizard-button--secondary" onClick={() => setPending({ kind: 'none' })}>
            取消
          </button>
        </div>
      )}
      {pending.kind === 'confirmDiscardBackup' && (
        <div class="wizard-confirm" role="alertdialog" aria-labelledby="wizard-confirm-text">
          <p id="wizard-confirm-text">删除备份后就不能再撤销导入了。确定删除导入前的工作的备份吗？</p>
          <button type="button" class="wizard-button wizard-button--warning" autoFocus onClick={() => (setPending({ kind: 'none' }), onDiscardBackup())}>
            确定删除备份
          </button>{' '}
          <button type="button" class="wizard-button wizard-button--secondary" onClick={() => setPending({ kind: 'none' })}>
            取消
          </button>
        </div>
      )}
      {shown && (
        <p class={shown.isError ? 'wizard-error-message' : 'wizard-hint'} role={shown.isError ? 'alert' : 'status'}>
          {shown.text}
        </p>
      )}
    </section>
  );
}
