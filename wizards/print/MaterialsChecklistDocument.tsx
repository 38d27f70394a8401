/** 物料准备清单: every material with its quantity and a tick box, then each room's paper. */
import type { ExamDayPlan } from '../../src/domain/exam-day/day-plan';
import { materials } from '../../src/domain/exam-day/materials';
import type { MaterialQuantity } from '../../src/domain/exam-day/rules';
import { DocumentPages } from './DocumentPages';
import { RoomPaperworkTable } from './RoomPaperworkTable';
import { paginate } from './paging';

/** Document name. */
export const materialsChecklistDocumentName = '物料准备清单';

const roomsPerPage = 25;
const signInCopies = materials.find((item) => item.key === 'signInSheet')!.copies;

/** The checklist and the per-room table. */
export function MaterialsChecklistDocument({ plan, quantities }: { plan: ExamDayPlan; quantities: readonly MaterialQuantity[] }) {
  const checklist = () => (
    <>
      <h3>{materialsChecklistDocumentName}</h3>
      <table class="print-table">
        <colgroup>
          <col style={{ width: '7%' }} />
          <col style={{ width: '22%' }} />
          <col style={{ width: '13%' }} />
          <col style={{ width: '58%' }} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">完成</th>
            <th scope="col">材料</th>
            <th scope="col">数量</th>
            <th scope="col">怎么算的 / 说明</th>
          </tr>
        </thead>
        <tbody>
          {quantities.map((line) => (
            <tr key={line.item.key}>
              <td>
                <span class="print-checkbox" />
              </td>
              <td>{line.item.name}</td>
              <td>
                {line.quantity} {line.unit}
              </td>
              <td class="print-small">
                {line.derivation}
                {line.item.note && `；${line.item.note}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
  const perRoom = paginate(plan.roomLevels, roomsPerPage).map((roomLevels) => () => (
    <>
      <h3>各考场的纸质材料</h3>
      <RoomPaperworkTable roomLevels={roomLevels} tableClass="print-table" />
      <p class="print-small">每个考场的理论、实操两场各算一次；签到表和考场情况记录表每场 {signInCopies} 份，一份上交，一份留档。</p>
    </>
  ));
  return <DocumentPages documentName={materialsChecklistDocumentName} siteName={plan.siteName} pages={[checklist, ...perRoom]} />;
}
