/**
 * A screen that cannot be used until another wizard has done its part (a step's
 * `blockedBy`): it says what is missing and offers only what unblocks it, the
 * wizard that provides the data and 导入工作文件 (shown by the host right below).
 * No 下一步: pressing it could only repeat the same message in red.
 */
import { StepPage } from './StepPage';
import type { StepBlocker } from './step-list';

/** Render the blocked screen of `blocker`. */
export function BlockedStep({ blocker }: { blocker: StepBlocker }) {
  const { field, message, provider } = blocker;
  return (
    <StepPage title="还不能开始">
      <div class="wizard-blocked">
        <p>{message}</p>
        <p>
          <a id={field} class="wizard-button" href={provider.href}>
            打开「{provider.title}」向导
          </a>
        </p>
        <p class="wizard-hint">如果同事已经做好并导出了工作文件，请用本页下方的「导入工作文件」载入，本页会随即更新。</p>
      </div>
    </StepPage>
  );
}
