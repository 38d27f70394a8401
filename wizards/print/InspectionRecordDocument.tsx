/**
 * 巡考情况记录表: for the 巡考员, one line per room and session, to note each
 * round and what was found (手册 第四章 三（五）2–7).
 */
import type { ExamDayPlan } from '../../src/domain/exam-day/day-plan';
import { DocumentPages } from './DocumentPages';
import { paginate } from './paging';

/** Document name. */
export const inspectionRecordDocumentName = '巡考情况记录表';

const rowsPerPage = 12;

/** The inspector's record for the whole site. */
export function InspectionRecordDocument({ plan }: { plan: ExamDayPlan }) {
  const rows = plan.roomLevels.flatMap((room) => room.sessions.map((session) => ({ room, session })));
  const pages = paginate(rows, rowsPerPage).map((pageRows, index, all) => () => (
    <>
      <h3>{inspectionRecordDocumentName}</h3>
      <p class="print-meta">
        <span>考核站点：{plan.siteName}</span>
        <span>考核计划：{plan.planName}</span>
        <span>巡考员：</span>
      </p>
      <table class="print-table print-table--lines">
        <colgroup>
          <col style={{ width: '20%' }} />
          <col style={{ width: '17%' }} />
          <col style={{ width: '13%' }} />
          <col style={{ width: '50%' }} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">考场</th>
            <th scope="col">科目与时间</th>
            <th scope="col">巡视时间</th>
            <th scope="col">考前准备、监考员履职、考场纪律；发现的问题及处理</th>
          </tr>
        </thead>
        <tbody>
          {pageRows.map(({ room, session }) => (
            <tr key={`${room.roomName}-${session.id}`}>
              <td>{room.roomName}</td>
              <td>
                {session.subject.name} {session.start}–{session.end}
              </td>
              <td />
              <td />
            </tr>
          ))}
        </tbody>
      </table>
      {index === all.length - 1 && (
        <>
          <p>改进考试工作的意见和建议：</p>
          <p style={{ height: '25mm' }} />
          <p>
            巡考员签名：
            <span class="print-signature" /> 日期：
            <span class="print-signature" />
          </p>
        </>
      )}
    </>
  ));
  return <DocumentPages documentName={inspectionRecordDocumentName} siteName={plan.siteName} pages={pages} />;
}
