/** 考务时间表: every milestone with its dates on one page (手册 第三章 十一). */
import type { TimelineEvent } from '../../src/domain/timeline/events';
import { weekCountingReading } from '../../src/domain/timeline/facts';
import { formatEventDates } from '../../src/domain/timeline/iso-date';
import { DocumentPages } from './DocumentPages';

/** Document name. */
export const timelineDocumentName = '考务时间表';

/** One page with the events in date order. */
export function TimelineDocument({ siteName, title, events }: { siteName: string; title: string; events: readonly TimelineEvent[] }) {
  const page = () => (
    <>
      <h3>
        {timelineDocumentName}：{title}
      </h3>
      <table class="print-table">
        <colgroup>
          <col style={{ width: '26%' }} />
          <col style={{ width: '26%' }} />
          <col style={{ width: '48%' }} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">日期</th>
            <th scope="col">阶段</th>
            <th scope="col">负责</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.key}>
              <td>
                {formatEventDates(event)}
                {event.source === 'plan' && <span class="print-small">（考核计划）</span>}
              </td>
              <td>{event.title}</td>
              <td class="print-small">{event.who}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {events.some((event) => event.warning) && (
        <>
          <h4>请注意</h4>
          <ul class="print-small">
            {events.flatMap((event) => (event.warning ? [<li key={event.key}>{event.warning}。</li>] : []))}
          </ul>
        </>
      )}
      <p class="print-small">考核计划上填写了的时间以考核计划为准；其余日期由考试日期按手册“重要时间节点”推算。{weekCountingReading}。</p>
    </>
  );
  return <DocumentPages documentName={timelineDocumentName} siteName={siteName} pages={[page]} />;
}
