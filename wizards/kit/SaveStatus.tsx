/** The autosave line: 「已自动保存」 with the time, or why saving is not possible. */

/** State of autosave as the host tracks it. */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; reason: string }
  | { kind: 'memoryOnly' };

/** Format a time of day as 14:05. */
export function formatClock(date: Date): string {
  return date.toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false });
}

/** Show the autosave state; a live region, so a failure is announced. */
export function SaveStatus({ state }: { state: SaveState }) {
  return (
    <p
      class={`wizard-save-status${state.kind === 'failed' || state.kind === 'memoryOnly' ? ' wizard-save-status--problem' : ''}`}
      role="status"
      data-saved-at={state.kind === 'saved' ? state.at.toISOString() : undefined}
    >
      {state.kind === 'saved' && (
        <>
          已自动保存 <time dateTime={state.at.toISOString()}>{formatClock(state.at)}</time>
          <span class="wizard-save-where">（只保存在本机浏览器中）</span>
        </>
      )}
      {state.kind === 'failed' && `自动保存失败：${state.reason}。请用「导出工作文件」保存您的工作。`}
      {state.kind === 'memoryOnly' && '此浏览器不允许本网站保存数据（可能是无痕模式）：关闭页面后内容会丢失，请用「导出工作文件」保存。'}
    </p>
  );
}
