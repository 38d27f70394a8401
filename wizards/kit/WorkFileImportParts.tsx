/**
 * The parts of importing a 工作文件 that the wizards' 工作文件 section (`WorkFileControls`) and the
 * workbench's 导入全部工作 share, so both pick, refuse and confirm in the same words: the file
 * picker and what a refusal says. The confirmation is `ImportConfirm.tsx`, loaded once a file is checked.
 */
import { codeLoadFailureMessage, isCodeLoadFailure } from './code-loading';

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
export const refuseFailedCheck = (error: unknown) => ({
  ok: false as const,
  reason: isCodeLoadFailure(error) ? `${codeLoadFailureMessage}。` : `检查时出错（${(error as Error).message}）。`,
});
