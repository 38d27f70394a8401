/**
 * 考场情况记录表: per room and session, what the manual asks proctors and the
 * 主考 to record (手册 第四章 三（一）3、（三）3、4、7，（五）5; 四（二）考核开始 2).
 */
import type { ExamDayPlan } from '../../src/domain/exam-day/day-plan';
import { DocumentPages } from './DocumentPages';
import { SessionHeader } from './SessionHeader';

/** Document name. */
export const roomRecordDocumentName = '考场情况记录表';

/** What the form asks, each from a duty in the manual. */
const recordRows = [
  '实考人数 / 缺考人数',
  '缺考考生（座位号、姓名）',
  '违纪、作弊情况及主考处理意见（考生签字；拒签时由全部监考员签字）',
  '设备故障及更换考生机情况',
  '考试延时情况（时长、原因；15 分钟以上由鸿科经纬公司决定）',
  '其他情况',
] as const;

/** One form per room and session. */
export function RoomRecordDocument({ plan }: { plan: ExamDayPlan }) {
  const pages = plan.roomLevels.flatMap((room) =>
    room.sessions.map((session) => () => (
      <>
        <SessionHeader title={`${roomRecordDocumentName}（${session.subject.kind}）`} siteName={plan.siteName} room={room} session={session} />
        <table class="print-table">
          <colgroup>
            <col style={{ width: '30%' }} />
            <col style={{ width: '70%' }} />
          </colgroup>
          <tbody>
            {recordRows.map((row) => (
              <tr key={row}>
                <th scope="row">{row}</th>
                <td style={{ height: row === recordRows[0] ? '12mm' : '30mm' }} />
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          监考员签名：
          <span class="print-signature" /> <span class="print-signature" />
        </p>
        <p>
          主考签名：
          <span class="print-signature" /> 日期：
          <span class="print-signature" />
        </p>
      </>
    )),
  );
  return <DocumentPages documentName={roomRecordDocumentName} siteName={plan.siteName} pages={pages} />;
}
