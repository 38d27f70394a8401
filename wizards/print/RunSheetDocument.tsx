/**
 * 考试当天流程表: one sheet per room and day (`buildRoomDaySheets`), one page per session
 * held there, every step with its clock time and who does it. Sessions that follow each
 * other share the room's day: preparation that does not fit the break is done after the
 * previous session ends, never while it runs.
 */
import type { ExamDayPlan } from '../../src/domain/exam-day/day-plan';
import { buildRoomDaySheets, type RoomDaySheet } from '../../src/domain/exam-day/room-day-sheet';
import { backToBackReading, waitingAreaRule } from '../../src/domain/exam-day/run-sheet';
import { formatChineseDate } from '../../src/domain/timeline/iso-date';
import { DocumentPages } from './DocumentPages';

/** Document name. */
export const runSheetDocumentName = '考试当天流程表';

/** The pages of one room's day: one per session, each with the room's whole day named at the top. */
function roomDayPages(sheet: RoomDaySheet) {
  const day = sheet.sessions.map((session) => `${session.id} ${session.start}–${session.end}`).join('、');
  return sheet.sessions.map((session, index) => () => (
    <>
      <h3>
        {runSheetDocumentName}：{sheet.roomName}
      </h3>
      <p class="print-meta">
        <span>{formatChineseDate(sheet.date)}</span>
        <span>
          第 {index + 1} 场，共 {sheet.sessions.length} 场：{session.id} {session.start}–{session.end}
        </span>
      </p>
      {sheet.sessions.length > 1 && <p class="print-small">本考场当天：{day}</p>}
      {sheet.overlaps.map((overlap) => (
        <p class="print-small" key={overlap}>
          <strong>注意：{overlap}。</strong>
        </p>
      ))}
      <table class="print-table">
        <colgroup>
          <col style={{ width: '11%' }} />
          <col style={{ width: '17%' }} />
          <col style={{ width: '54%' }} />
          <col style={{ width: '18%' }} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">时间</th>
            <th scope="col">时点</th>
            <th scope="col">要做的事</th>
            <th scope="col">负责人</th>
          </tr>
        </thead>
        <tbody>
          {sheet.lines
            .filter((line) => line.session.id === session.id)
            .map((line) => (
              <tr key={line.point.key}>
                <td>
                  {line.time}
                  {line.date !== sheet.date && <span class="print-small">（{formatChineseDate(line.date)}）</span>}
                </td>
                <td>{line.relative}</td>
                <td>
                  {line.point.action}
                  {line.note && <span class="print-small">（{line.note}）</span>}
                </td>
                <td>{line.point.who}</td>
              </tr>
            ))}
        </tbody>
      </table>
      <p class="print-small">{waitingAreaRule}</p>
      {sheet.sessions.length > 1 && <p class="print-small">{backToBackReading}</p>}
    </>
  ));
}

/** One sheet per room and day of the plan. */
export function RunSheetDocument({ plan }: { plan: ExamDayPlan }) {
  return <DocumentPages documentName={runSheetDocumentName} siteName={plan.siteName} pages={buildRoomDaySheets(plan).flatMap(roomDayPages)} />;
}
