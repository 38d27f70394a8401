/** 考务人员安排: the staff roster to print, with an empty 签到 column for the pre-exam meeting. */
import type { RosterLine } from '../../src/domain/staffing/roster';
import { DocumentPages } from './DocumentPages';
import { paginate } from './paging';

/** Document name. */
export const staffRosterDocumentName = '考务人员安排表';

const rowsPerPage = 20;

/** The roster, twenty people a page. */
export function StaffRosterDocument({ siteName, planName, roster }: { siteName: string; planName: string; roster: readonly RosterLine[] }) {
  const pages = paginate(roster, rowsPerPage).map((rows) => () => (
    <>
      <h3>{staffRosterDocumentName}</h3>
      <p class="print-meta">
        <span>考核站点：{siteName}</span>
        <span>考核计划：{planName}</span>
      </p>
      <table class="print-table print-table--rows">
        <colgroup>
          <col style={{ width: '14%' }} />
          <col style={{ width: '12%' }} />
          <col style={{ width: '17%' }} />
          <col style={{ width: '43%' }} />
          <col style={{ width: '14%' }} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">姓名</th>
            <th scope="col">角色</th>
            <th scope="col">手机号码</th>
            <th scope="col">安排</th>
            <th scope="col">签到</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((line) => (
            <tr key={`${line.role}-${line.name}`}>
              <td>{line.name}</td>
              <td>{line.role}</td>
              <td>{line.phone}</td>
              <td class="print-small">{line.duty}</td>
              <td />
            </tr>
          ))}
        </tbody>
      </table>
    </>
  ));
  return <DocumentPages documentName={staffRosterDocumentName} siteName={siteName} pages={pages} />;
}
