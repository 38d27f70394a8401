/**
 * 本校考务交接单: the school's year on one A4 page for whoever takes the job over:
 * who (school, site, staff in charge), what (the plan, the counts, each task's
 * status), when (the next deadlines) and where the work is (the 工作文件).
 */
import type { PhotoCheck } from '../../src/domain/consistency/photos';
import { checkWorkspaceConsistency } from '../../src/domain/consistency/rules';
import type { Workspace } from '../../src/domain/workspace/schema';
import { formatChineseDate, formatEventDates } from '../../src/domain/timeline/iso-date';
import { DocumentPages } from '../print/DocumentPages';
import { describeDaysLeft, listNextDeadlines } from './deadlines';

/** Document name. */
export const handoverDocumentName = '本校考务交接单';

/** What the page shows, all worked out by the workbench. */
export interface HandoverData {
  workspace: Workspace;
  /** The photo wizard's last matching, when there is one (the consistency rules read it). */
  photoCheck?: PhotoCheck;
  rows: readonly { title: string; status: string; summary: string }[];
  exportStatus: string;
  today: string;
}

/** The one page. */
export function HandoverDocument({ data }: { data: HandoverData }) {
  const { workspace, photoCheck, rows, exportStatus, today } = data;
  const findings = checkWorkspaceConsistency(workspace, photoCheck).length;
  const deadlines = listNextDeadlines(workspace, today, 4);
  const { school, examPlan } = workspace;
  const page = () => (
    <div class="workbench-handover">
      <h3>
        {handoverDocumentName}
        {school.name && `：${school.name}`}
      </h3>
      <p class="print-small">打印于 {formatChineseDate(today)}。由本校工作台按这台电脑上保存的工作生成。</p>
      <table class="print-table print-small">
        <colgroup>
          <col style={{ width: '16%' }} />
          <col style={{ width: '84%' }} />
        </colgroup>
        <tbody>
          <tr>
            <th scope="row">考核站点</th>
            <td>{[school.siteName || '未填写', school.siteCode && `站点编码 ${school.siteCode}`].filter(Boolean).join('，')}</td>
          </tr>
          <tr>
            <th scope="row">考核计划</th>
            <td>{[examPlan.name || '未填写', examPlan.year && `${examPlan.year} 年度`].filter(Boolean).join('，')}</td>
          </tr>
          <tr>
            <th scope="row">人数</th>
            <td>
              考生 {workspace.candidates.length} 名，考场 {workspace.rooms.length} 个，考务人员 {workspace.staff.length} 名
            </td>
          </tr>
          <tr>
            <th scope="row">考务人员</th>
            <td>{workspace.staff.length > 0 ? workspace.staff.map((member) => `${member.name}（${member.role}）`).join('、') : '未填写'}</td>
          </tr>
        </tbody>
      </table>
      <h4>各项工作</h4>
      <table class="print-table print-small">
        <colgroup>
          <col style={{ width: '24%' }} />
          <col style={{ width: '26%' }} />
          <col style={{ width: '50%' }} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">工作</th>
            <th scope="col">状态</th>
            <th scope="col">内容</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.title}>
              <td>{row.title}</td>
              <td>{row.status}</td>
              <td>{row.summary}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>接下来的时间节点</h4>
      {deadlines.length === 0 ? (
        <p class="print-small">还没有考试日期。</p>
      ) : (
        <ul class="print-small">
          {deadlines.map((deadline) => (
            <li key={deadline.event.key}>
              {formatEventDates(deadline.event)} {deadline.event.title}（{describeDaysLeft(deadline)}）
            </li>
          ))}
        </ul>
      )}
      <h4>需要处理的问题和工作文件</h4>
      <p class="print-small">{findings === 0 ? '各向导保存的内容之间没有发现不一致。' : `有 ${findings} 个问题需要处理，见本校工作台。`}</p>
      <p class="print-small">
        {exportStatus} 全部工作只保存在这台电脑的浏览器中：交接时请在本校工作台点「导出全部工作」，把工作文件交给接手的同事，由他在自己的电脑上点「导入全部工作」。
      </p>
    </div>
  );
  return <DocumentPages documentName={handoverDocumentName} siteName={school.siteName || school.name} pages={[page]} />;
}
