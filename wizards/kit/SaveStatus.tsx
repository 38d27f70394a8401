/** The autosave line: 「已自动保存」 with the time, or why saving is not possible. */
import { formatClock } from './format-time';
import type { MemoryCause } from './work-store';

/** State of autosave as the host tracks it. */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; reason: string }
  /** Another tab saved newer work since this tab read it (see `OtherTabNotice`). */
  | { kind: 'stale' }
  /** … and this tab's change is kept on screen, not written. */
  | { kind: 'conflict' }
  | { kind: 'memoryOnly'; cause: MemoryCause };

const severity: Record<SaveState['kind'], number> = { idle: 0, saved: 1, memoryOnly: 2, stale: 3, failed: 4, conflict: 5 };

/** Return the state to show for several saves (the wizard's progress and the workspace): the one that needs the user most. */
export function worstSaveState(...states: SaveState[]): SaveState {
  return states.reduce((worst, state) => (severity[state.kind] > severity[worst.kind] ? state : worst));
}


const memoryMessages: Record<MemoryCause, string> = {
  refused: '此浏览器不允许本网站保存数据（可能是无痕模式）：关闭页面后内容会丢失，请用「导出工作文件」保存。',
  unresponsive: '浏览器的存储没有响应，这次填写的内容没有保存在本机：关闭页面后内容会丢失，请用「导出工作文件」保存。',
};

/** Show the autosave state; a live region, so a failure is announced. In demo mode it says the save went to the demo. */
export function SaveStatus({ state, isDemo = false }: { state: SaveState; isDemo?: boolean }) {
  const isProblem = state.kind !== 'idle' && state.kind !== 'saved';
  return (
    <p class={`wizard-save-status${isProblem ? ' wizard-save-status--problem' : ''}`} role="status" data-saved-at={state.kind === 'saved' ? state.at.toISOString() : undefined}>
      {state.kind === 'saved' && (
        <>
          已自动保存 <time dateTime={state.at.toISOString()}>{formatClock(state.at)}</time>
          <span class="wizard-save-where">{isDemo ? '（保存在本机浏览器的演示数据中）' : '（只保存在本机浏览器中）'}</span>
        </>
      )}
      {state.kind === 'failed' && `自动保存失败：${state.reason}。请用「导出工作文件」保存您的工作。`}
      {state.kind === 'stale' && '另一个标签页保存了更新的内容，这个页面显示的不是最新的：请看上方的提示。'}
      {state.kind === 'conflict' && '没有自动保存：另一个标签页保存了更新的内容，请在上方选择保留哪一份。'}
      {state.kind === 'memoryOnly' && memoryMessages[state.cause]}
    </p>
  );
}
