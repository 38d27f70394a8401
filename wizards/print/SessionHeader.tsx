/** The heading block of a room form: title, then site, room, subject, date and time. */
import type { RoomLevelDay } from '../../src/domain/exam-day/day-plan';
import type { ExamSession } from '../../src/domain/plan/rules';
import { formatChineseDate } from '../../src/domain/timeline/iso-date';

/** Title and the room and session it is for. */
export function SessionHeader({ title, siteName, room, session }: { title: string; siteName: string; room: RoomLevelDay; session: ExamSession }) {
  return (
    <>
      <h3>{title}</h3>
      <p class="print-meta">
        <span>考核站点：{siteName}</span>
        <span>考场：{room.roomName}</span>
        <span>
          科目：{session.subject.name}（{session.subject.code}）
        </span>
        <span>
          时间：{formatChineseDate(session.date)} {session.start}–{session.end}
        </span>
        <span>应考人数：{room.candidates.length}</span>
      </p>
    </>
  );
}
