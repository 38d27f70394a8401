/**
 * Shown instead of the wizard when saved work cannot be used as it is: saved by
 * an older or newer version of the site, or damaged. The user chooses what
 * happens; nothing is deleted without that choice.
 */
import type { VersionedRead } from './versioned';

/** What went wrong with which saved part. */
export interface RecoveryProblem {
  /** 学校工作区 or 本向导的进度. */
  partName: string;
  read: Exclude<VersionedRead<unknown>, { kind: 'ok' }>;
  /** Set after a failed 尝试迁移. */
  migrationError?: string;
}

/** Explain the problem and offer 尝试迁移, 导出已保存的数据 and 重新开始. */
export function RecoveryNotice(props: {
  problem: RecoveryProblem;
  onMigrate: () => void;
  onExport: () => void;
  onStartAgain: () => void;
}) {
  const { problem, onMigrate, onExport, onStartAgain } = props;
  const { read, partName } = problem;
  const canMigrate = read.kind === 'outdated' && !problem.migrationError;
  return (
    <div class="wizard-recovery" role="alert">
      <h2>无法直接继续上次保存的工作</h2>
      <p>
        {read.kind === 'outdated' && `${partName}是由旧版本的考务向导保存的，需要先转换成新版本的格式。`}
        {read.kind === 'newer' && `${partName}是由更新版本的考务向导保存的，当前页面无法读取。请刷新页面或使用最新版本的网站。`}
        {read.kind === 'corrupt' && `${partName}已损坏，无法读取（${read.reason}）。`}
      </p>
      {problem.migrationError && <p class="wizard-error-message">迁移没有成功：{problem.migrationError}</p>}
      <p>您的数据还在本机上，没有被删除。请选择：</p>
      <ul class="wizard-recovery-actions">
        {canMigrate && (
          <li>
            <button type="button" class="wizard-button" onClick={onMigrate}>
              尝试迁移
            </button>{' '}
            把旧数据转换成新格式后继续。
          </li>
        )}
        <li>
          <button type="button" class="wizard-button wizard-button--secondary" onClick={onExport}>
            导出已保存的数据
          </button>{' '}
          把本机保存的全部内容下载为一个文件，留作备份或交给技术人员。
        </li>
        <li>
          <button type="button" class="wizard-button wizard-button--warning" onClick={onStartAgain}>
            重新开始
          </button>{' '}
          删除{partName}，从头开始。建议先导出。
        </li>
      </ul>
    </div>
  );
}
