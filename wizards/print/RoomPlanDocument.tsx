/** 座位安排: who sits where, room by room, with the room's sessions (the room plan to print). */
import type { ExamDayPlan } from '../../src/domain/exam-day/day-plan';
import { formatChineseDate } from '../../src/domain/timeline/iso-date';
import { DocumentPages } from './DocumentPages';
import { maskDocumentNumber, paginate } from './paging';

/** Document name. */
export const roomPlanDocumentName = '座位安排';

const rowsPerPage = 28;

/** One or more pages per room and level. */
export function RoomPlanDocument({ plan }: { plan: ExamDayPlan }) {
  const pages = plan.roomLevels.flatMap((room) =>
    paginate(room.candidates, rowsPerPage).map((rows) => () => (
      <>
        <h3>
          {roomPlanDocumentName}：{room.roomName}（{room.level}）
        </h3>
        <p class="print-meta">
          <span>地址：{[room.address, room.detailAddress].filter(Boolean).join(' ')}</span>
          <span>考位数：{room.candidates.length}</span>
          {room.sessions.map((session) => (
            <span key={session.id}>
              {session.subject.name}：{formatChineseDate(session.date)} {session.start}–{session.end}
            </span>
          ))}
        </p>
        <table class="print-table">
          <thead>
            <tr>
              <th scope="col">座位号</th>
              <th scope="col">姓名</th>
              <th scope="col">证件号码</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((candidate) => (
              <tr key={candidate.seat}>
                <td>{candidate.seat}</td>
                <td>{candidate.name}</td>
                <td>{maskDocumentNumber(candidate.documentNumber)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </>
    )),
  );
  return <DocumentPages documentName={roomPlanDocumentName} siteName={plan.siteName} pages={pages} />;
}
