/**
 * 考场封场确认单: the manual's four sealing checks (手册 第四章 四（一）考场封场确认)
 * ticked for every room, signed by the 系统管理员 and the 考务人员 (第四章 三（二）4、（四）2).
 */
import type { ExamDayPlan } from '../../src/domain/exam-day/day-plan';
import { processBlocks } from '../../src/domain/exam-day/process';
import { DocumentPages } from './DocumentPages';
import { paginate } from './paging';

/** Document name. */
export const sealingConfirmationDocumentName = '考场封场确认单';

const sealingChecks = processBlocks.find((block) => block.name === '考场封场确认')!.items;

const roomsPerPage = 5;

/** A row per check, a column per room, five rooms a page. */
export function SealingConfirmationDocument({ plan }: { plan: ExamDayPlan }) {
  const pages = paginate([...new Set(plan.roomLevels.map((room) => room.roomName))], roomsPerPage).map((rooms) => () => (
    <>
      <h3>{sealingConfirmationDocumentName}</h3>
      <p class="print-meta">
        <span>考核站点：{plan.siteName}</span>
        <span>考核计划：{plan.planName}</span>
      </p>
      <table class="print-table print-table--lines">
        <colgroup>
          <col style={{ width: '40%' }} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">检查项目</th>
            {rooms.map((room) => (
              <th scope="col" key={room}>
                {room}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sealingChecks.map((check) => (
            <tr key={check}>
              <th scope="row">{check}</th>
              {rooms.map((room) => (
                <td key={room}>
                  <span class="print-checkbox" />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p>确认以上检查均已完成，考场封场。</p>
      <p>
        系统管理员签名：
        <span class="print-signature" /> 考务人员签名：
        <span class="print-signature" />
      </p>
      <p>
        鸿科经纬公司技术支持确认（电话或远程）：
        <span class="print-signature" /> 日期：
        <span class="print-signature" />
      </p>
    </>
  ));
  return <DocumentPages documentName={sealingConfirmationDocumentName} siteName={plan.siteName} pages={pages} />;
}
