/** 应急处理速查卡: the manual's eleven situations as “if … then …” on one page (手册 第四章 五). */
import { emergencies } from '../../src/domain/exam-day/emergencies';
import { DocumentPages } from './DocumentPages';

/** Document name. */
export const emergencyCardDocumentName = '应急处理速查卡';

/** One page with every situation. */
export function EmergencyCardDocument({ siteName }: { siteName: string }) {
  const page = () => (
    <>
      <h3>{emergencyCardDocumentName}</h3>
      <table class="print-table">
        <colgroup>
          <col style={{ width: '32%' }} />
          <col style={{ width: '68%' }} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">如果……</th>
            <th scope="col">那么……</th>
          </tr>
        </thead>
        <tbody>
          {emergencies.map((emergency) => (
            <tr key={emergency.key}>
              <td>{emergency.situation}</td>
              <td>{emergency.response}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="print-small">
        考试当天紧急询问电话：
        <span class="print-signature" /> 鸿科经纬公司技术支持：
        <span class="print-signature" />
      </p>
    </>
  );
  return <DocumentPages documentName={emergencyCardDocumentName} siteName={siteName} pages={[page]} />;
}
