/** A progress bar with counts and 取消, for `busy` states running a progress task. */
import type { Progress } from './progress-task';

/** Show `done` of `total` with a unit (行, 张), and a 取消 button when the work can be stopped. */
export function ProgressBar({ label, progress, unit, onCancel }: { label: string; progress: Progress | null; unit: string; onCancel?: () => void }) {
  const done = progress?.done ?? 0;
  const total = progress?.total ?? 0;
  return (
    <div class="wizard-progress" role="group" aria-labelledby="wizard-progress-label">
      <p id="wizard-progress-label" class="wizard-progress-label">
        {label}
      </p>
      <progress max={total || 1} value={total ? done : undefined} aria-labelledby="wizard-progress-label" />
      <p class="wizard-progress-count" aria-live="polite">
        {total ? `${done.toLocaleString('zh-CN')} / ${total.toLocaleString('zh-CN')} ${unit}` : '正在准备…'}
      </p>
      {onCancel && (
        <button type="button" class="wizard-button wizard-button--secondary" onClick={onCancel}>
          取消
        </button>
      )}
    </div>
  );
}
