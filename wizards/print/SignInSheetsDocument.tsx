/**
 * 考场签到表 (理论 and 实操): per room and session, candidates in seat order with
 * a signature column (手册 第四章 三（三）1). Printed twice: one copy is handed in.
 */
import type { ExamDayPlan } from '../../src/domain/exam-day/day-plan';
import { DocumentPages } from './DocumentPages';
import { maskDocumentNumber, paginate } from './paging';
import { SessionHeader } from './SessionHeader';

/** Document name. */
export const signInSheetsDocumentName = '考场签到表';

const rowsPerPage = 20;

/** Sign-in sheets for every room and session. */
export function SignInSheetsDocument({ plan }: { plan: ExamDayPlan }) {
  const pages = plan.roomLevels.flatMap((room) =>
    room.sessions.flatMap((session) =>
      paginate(room.candidates, rowsPerPage).map((rows) => () => (
        <>
          <SessionHeader title={`${signInSheetsDocumentName}（${session.subject.kind}）`} siteName={plan.siteName} room={room} session={session} />
          <table class="print-table print-table--rows">
            <colgroup>
              <col style={{ width: '12%' }} />
              <col style={{ width: '20%' }} />
              <col style={{ width: '33%' }} />
              <col style={{ width: '35%' }} />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">座位号</th>
                <th scope="col">姓名</th>
                <th scope="col">证件号码</th>
                <th scope="col">考生签名</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((candidate) => (
                <tr key={candidate.seat}>
                  <td>{candidate.seat}</td>
                  <td>{candidate.name}</td>
                  <td>{maskDocumentNumber(candidate.documentNumber)}</td>
                  <td />
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            监考员签名：
            <span class="print-signature" /> <span class="print-signature" />
          </p>
        </>
      )),
    ),
  );
  return <DocumentPages documentName={signInSheetsDocumentName} siteName={plan.siteName} pages={pages} />;
}
