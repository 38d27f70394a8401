/**
 * 工作文件 controls under every wizard: 导出工作文件, 导入工作文件 (checked first,
 * then confirmed, because it replaces everything saved), and clearing this
 * wizard's progress.
 */
import { useState } from 'preact/hooks';

type Pending = { kind: 'none' } | { kind: 'confirmImport'; fileName: string; apply: () => void } | { kind: 'confirmClear' };

/** Props: the host does the work; this component only asks and confirms. */
export interface WorkFileControlsProps {
  onExport: () => void;
  /** Check a chosen file: returns a reason to refuse it, or a function that imports it. */
  onCheckImport: (file: File) => Promise<{ ok: false; reason: string } | { ok: true; apply: () => void }>;
  onClearDraft: () => void;
}

/** The 工作文件 section. */
export function WorkFileControls({ onExport, onCheckImport, onClearDraft }: WorkFileControlsProps) {
  const [pending, setPending] = useState<Pending>({ kind: 'none' });
  const [message, setMessage] = useState<{ isError: boolean; text: string } | null>(null);

  return (
    <section class="wizard-workfile" aria-labelledby="wizard-workfile-title">
      <h2 id="wizard-workfile-title" class="wizard-workfile-title">
        工作文件
      </h2>
      <p class="wizard-hint">
        您填写的内容只保存在这台电脑的浏览器中。要换一台电脑继续，或交给同事，请导出工作文件，再在另一台电脑上导入。
      </p>
      <div class="wizard-workfile-actions">
        <button type="button" class="wizard-button wizard-button--secondary" onClick={onExport}>
          导出工作文件
        </button>
        <label class="wizard-button wizard-button--secondary wizard-file-button">
          导入工作文件
          <input
            type="file"
            class="sr-only"
            accept=".json,application/json"
            onChange={async (event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (!file) return;
              const checked = await onCheckImport(file);
              if (checked.ok) setPending({ kind: 'confirmImport', fileName: file.name, apply: checked.apply });
              else setMessage({ isError: true, text: `没有导入「${file.name}」：${checked.reason} 本机保存的内容没有任何改变。` });
            }}
          />
        </label>
        <button type="button" class="wizard-button wizard-button--secondary" onClick={() => setPending({ kind: 'confirmClear' })}>
          清除本向导的进度
        </button>
      </div>
      {pending.kind === 'confirmImport' && (
        <div class="wizard-confirm" role="alertdialog" aria-labelledby="wizard-confirm-text">
          <p id="wizard-confirm-text">导入「{pending.fileName}」会替换这台电脑上保存的全部工作（学校工作区和所有向导的进度）。确定导入吗？</p>
          <button type="button" class="wizard-button" autoFocus onClick={() => (setPending({ kind: 'none' }), pending.apply())}>
            确定导入
          </button>{' '}
          <button type="button" class="wizard-button wizard-button--secondary" onClick={() => setPending({ kind: 'none' })}>
            取消
          </button>
        </div>
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
      {message && (
        <p class={message.isError ? 'wizard-error-message' : 'wizard-hint'} role="alert">
          {message.text}
        </p>
      )}
    </section>
  );
}
