/** 桌贴: one label per seat and session, ten to a page, to stick on each machine (手册 第四章 二 4). */
import type { ExamDayPlan } from '../../src/domain/exam-day/day-plan';
import { DocumentPages } from './DocumentPages';
import { maskDocumentNumber, paginate } from './paging';

/** Document name. */
export const deskLabelsDocumentName = '桌贴';

/** Desk labels on one A4 page: two columns of five. */
export const labelsPerPage = 10;

/** Ten desk labels a page, room by room, session by session. */
export function DeskLabelsDocument({ plan }: { plan: ExamDayPlan }) {
  const pages = plan.roomLevels.flatMap((room) =>
    room.sessions.flatMap((session) =>
      paginate(room.candidates, labelsPerPage).map((seats) => () => (
        <div class="print-desk-grid">
          {seats.map((candidate) => (
            <div class="print-desk" key={candidate.seat}>
              <span class="print-desk-seat">{candidate.seat} 号</span>
              <span class="print-desk-name">{candidate.name}</span>
              <span>证件号码 {maskDocumentNumber(candidate.documentNumber)}</span>
              <span>
                {room.roomName} · {session.subject.name} {session.start}–{session.end}
              </span>
            </div>
          ))}
        </div>
      )),
    ),
  );
  return <DocumentPages documentName={deskLabelsDocumentName} siteName={plan.siteName} pages={pages} />;
}
