/** 考试当天流程表: one page per session, every step with its clock time and who does it. */
import type { ExamDayPlan } from '../../src/domain/exam-day/day-plan';
import { buildRunSheet } from '../../src/domain/exam-day/run-sheet-times';
import { waitingAreaRule } from '../../src/domain/exam-day/run-sheet';
import { formatChineseDate } from '../../src/domain/timeline/iso-date';
import { DocumentPages } from './DocumentPages';

/** Document name. */
export const runSheetDocumentName = '考试当天流程表';

/** One page per session of the plan, with the rooms that hold it. */
export function RunSheetDocument({ plan }: { plan: ExamDayPlan }) {
  const pages = plan.sessions.map((session) => () => {
    const rooms = plan.roomLevels.filter((room) => room.level === session.level).map((room) => room.roomName);
    return (
      <>
        <h3>
          {runSheetDocumentName}：{session.subject.name}
        </h3>
        <p class="print-meta">
          <span>
            {formatChineseDate(session.date)} {session.start}–{session.end}
          </span>
          <span>考场：{rooms.join('、') || '（未安排）'}</span>
        </p>
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
            {buildRunSheet(session).map((line) => (
              <tr key={line.point.key}>
                <td>
                  {line.time}
                  {line.date !== session.date && <span class="print-small">（{formatChineseDate(line.date)}）</span>}
                </td>
                <td>{line.relative}</td>
                <td>{line.point.action}</td>
                <td>{line.point.who}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p class="print-small">{waitingAreaRule}</p>
      </>
    );
  });
  return <DocumentPages documentName={runSheetDocumentName} siteName={plan.siteName} pages={pages} />;
}
