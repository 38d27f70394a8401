/** 门贴: one A4 page per room and session, for the room door (手册 第四章 二 2). */
import type { ExamDayPlan } from '../../src/domain/exam-day/day-plan';
import { formatChineseDate } from '../../src/domain/timeline/iso-date';
import { DocumentPages } from './DocumentPages';

/** Document name. */
export const doorLabelsDocumentName = '门贴';

/** One page per room and session. */
export function DoorLabelsDocument({ plan }: { plan: ExamDayPlan }) {
  const pages = plan.roomLevels.flatMap((room) =>
    room.sessions.map((session) => () => (
      <div class="print-door">
        <p class="print-door-name">{room.roomName}</p>
        <p class="print-door-subject">{session.subject.name}</p>
        <p class="print-door-detail">
          {formatChineseDate(session.date)} {session.start}–{session.end}
        </p>
        <p class="print-door-detail">
          考位 1–{room.candidates.length}（共 {room.candidates.length} 人）
        </p>
        <p class="print-door-detail">{plan.siteName}</p>
      </div>
    )),
  );
  return <DocumentPages documentName={doorLabelsDocumentName} siteName={plan.siteName} pages={pages} />;
}
