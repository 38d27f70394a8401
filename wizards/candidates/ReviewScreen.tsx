/**
 * 检查结果: notices about the whole list, the groups sharing a 证件号码 to decide, the
 * problems, every automatic change, the table to fix rows in, 重新检查.
 */
import { formatChange, formatIssue, formatListNotice } from '../../src/domain/candidates/format';
import type { CandidateIssue } from '../../src/domain/candidates/schema';
import { Checkbox, errorFor } from '../kit/Fields';
import { ProgressBar } from '../kit/ProgressBar';
import { showField } from '../kit/reveal-field';
import { focusCell } from '../kit/scroll-cell';
import { StepPage } from '../kit/StepPage';
import type { CandidatesScreenProps } from './screen-props';
import { ConflictChoices } from './ConflictChoices';
import { selectCheckSummary, selectConflictGroups, selectIssues, selectIssuesByRow, selectListNotices } from './selectors';
import { TableEditor } from './TableEditor';
import { cellId } from './working-table';
import { useFileDownload } from '../kit/use-file-download';
import { errorReportFileName } from './output';
import { buildResultFile } from './result-files';

/** Items shown in each list on screen; the 问题清单 file has all of them. */
const listLimit = 200;

function IssueItem({ issue, onShow, onApply }: { issue: CandidateIssue; onShow: () => void; onApply: (value: string) => void }) {
  return (
    <li>
      <span class={`wizard-tag wizard-tag--${issue.severity}`}>{issue.severity === 'error' ? '错误' : '请核对'}</span> {formatIssue(issue)}{' '}
      <button type="button" class="wizard-link-button" onClick={onShow}>
        在表格中查看<span class="sr-only">第 {issue.sourceRow} 行</span>
      </button>
      {issue.suggestion && (
        <>
          {' '}
          <button type="button" class="wizard-link-button" onClick={() => onApply(issue.suggestion!)}>
            采用「{issue.suggestion}」
          </button>
        </>
      )}
    </li>
  );
}

/** The review screen; while checking, the progress bar with 取消. */
export function ReviewScreen({ context, send, isBusy }: CandidatesScreenProps) {
  const download = useFileDownload();
  if (isBusy) {
    return (
      <StepPage title="正在检查学生名单">
        <ProgressBar label="正在逐行检查…" progress={context.progress} unit="名学生" onCancel={() => send({ type: 'task.cancel' })} />
      </StepPage>
    );
  }
  const summary = selectCheckSummary(context);
  // The user's conflict decisions applied: a decided pair is no longer an error.
  const issues = selectIssues(context);
  const listNotices = selectListNotices(context);
  const conflictGroups = selectConflictGroups(context);
  // The row, its name and the cell together: the cell is scrolled clear of the sticky row number and name.
  const show = (issue: CandidateIssue) => showField(cellId(issue.rowId, issue.column ?? 'name'), focusCell);

  return (
    <StepPage title="检查结果" errors={context.errors} onBack={() => send({ type: 'step.back' })} onNext={() => send({ type: 'step.next' })}>
      <p>
        共 {summary.rows} 名学生：{summary.failedRows} 名有错误（{summary.errors} 处），{summary.warnings} 处请核对，自动修改了 {summary.changes} 处。
        {context.check?.isStale && <strong> 表格改过之后还没有重新检查。</strong>}
      </p>
      {listNotices.length > 0 && (
        <section aria-labelledby="list-notices-heading">
          <h3 id="list-notices-heading">关于整份名单的提示（{listNotices.length}）</h3>
          <p class="wizard-hint">这些提示针对整份名单，不是某名学生的问题：相关学生照常导入，也不算作“有问题的学生”。</p>
          <ul class="wizard-issue-list">
            {listNotices.map((notice) => (
              <li key={notice.column}>
                <span class="wizard-tag wizard-tag--warning">请核对</span> {formatListNotice(notice)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {conflictGroups.length > 0 && (
        <ConflictChoices
          groups={conflictGroups}
          decisions={context.conflictDecisions}
          errors={context.errors}
          onDecide={(groupKey, keepRowId) => send({ type: 'conflict.decide', groupKey, keepRowId })}
        />
      )}
      {(issues.length > 0 || listNotices.length > 0) && (
        <>
          {issues.length > 0 && (
            <>
              <h3>问题（{issues.length}）</h3>
              <ul class="wizard-issue-list">
                {issues.slice(0, listLimit).map((issue, index) => (
                  <IssueItem key={index} issue={issue} onShow={() => show(issue)} onApply={(value) => send({ type: 'row.edit', rowId: issue.rowId, column: issue.column!, value })} />
                ))}
              </ul>
              {issues.length > listLimit && <p class="wizard-hint">这里只列出前 {listLimit} 条，全部问题见「问题清单」。</p>}
            </>
          )}
          <button type="button" class="wizard-button wizard-button--secondary" disabled={download.busyFileId === 'problems'}
            onClick={() => void download.start('problems', errorReportFileName(context.schoolName), () => buildResultFile('problems', context))}
          >
            下载问题清单（.xlsx）
          </button>
          {download.problem && <p class="wizard-error-message" role="alert">{download.problem}</p>}
        </>
      )}
      {context.changes.length > 0 && (
        <details class="wizard-changes">
          <summary>自动修改（{context.changes.length} 处）：点击查看每一处</summary>
          <ul>
            {context.changes.slice(0, listLimit).map((change) => (
              <li key={`${change.rowId}:${change.column}`}>{formatChange(change)}</li>
            ))}
          </ul>
          {context.changes.length > listLimit && <p class="wizard-hint">这里只列出前 {listLimit} 处。</p>}
        </details>
      )}
      <h3>在表格中改正</h3>
      <p class="wizard-hint">改正后点「重新检查」，不需要重新上传。</p>
      <TableEditor
        caption="学生信息表（可编辑）"
        rows={context.rows}
        issuesByRow={selectIssuesByRow(context)}
        onEdit={(rowId, column, value) => send({ type: 'row.edit', rowId, column, value })}
        onDelete={(rowId) => send({ type: 'row.delete', rowId })}
      />
      <p>
        <button type="button" id="recheck" class="wizard-button wizard-button--secondary" onClick={() => send({ type: 'check.run' })}>
          重新检查
        </button>
      </p>
      {summary.failedRows > 0 && (
        <Checkbox
          id="excludeFailedRows"
          label={`先不导入有错误的学生（${summary.failedRows} 名），只为其余学生生成导入文件`}
          hint="这些学生会留在「问题清单」中，改正后可以再用本向导生成文件补充导入。"
          checked={context.isExcludingFailedRows}
          error={errorFor(context.errors, 'excludeFailedRows')}
          onChange={(value) => send({ type: 'failedRows.exclude', value })}
        />
      )}
    </StepPage>
  );
}
