/**
 * The review deadline with both of the manual's limits, how the working days were
 * counted day by day, the counting assumption, and a warning for years the holiday
 * data does not cover.
 */
import { holidayAuthority, periodCounting } from '../../src/domain/calendar/facts';
import { coveredYears } from '../../src/domain/calendar/holiday-data';
import { formatChineseDate } from '../../src/domain/calendar/dates';
import { describeDay, findWorkingDayOnOrBefore, formatDayKind } from '../../src/domain/calendar/rules';
import { reviewAnswerWorkingDays, reviewWindow } from '../../src/domain/scores/facts';
import { computeAnswerDate, computeReviewDeadline, judgeRequestDate } from '../../src/domain/scores/rules';

/** Explain the deadline for a publication period and the day the request is sent. */
export function DeadlineDetails({ start, end, request }: { start: string; end: string; request: string }) {
  const deadline = computeReviewDeadline({ start, end });
  const timing = judgeRequestDate(deadline, request);
  const answer = computeAnswerDate(request);
  const uncovered = [...new Set([...deadline.byWorkingDays.uncoveredYears, ...answer.uncoveredYears])];
  const deadlineDay = describeDay(deadline.date);
  let counted = 0;
  return (
    <>
      <p class={`review-deadline review-deadline--${timing}`}>
        复查申请最晚在 <strong>{formatChineseDate(deadline.date)}</strong> 发出{deadline.isEstimate && '（估算）'}。您填写的发送日期 {formatChineseDate(request)}
        {timing === 'inTime' && '在期限内。'}
        {timing === 'late' && `已经超过期限：${reviewWindow.lateRequest}`}
        {timing === 'beforePublication' && '早于成绩公示开始，公示开始后才能申请。'}
      </p>
      {!deadlineDay.isWorkingDay && (
        <p class="review-warning">
          截止日是{formatDayKind(deadlineDay)}，鸿科经纬公司可能无人处理：建议在此前最后一个工作日 {formatChineseDate(findWorkingDayOnOrBefore(deadline.date))} 之前发出。
        </p>
      )}
      <h3 class="review-heading">手册给了两个期限，取较早的一个</h3>
      <ol>
        <li>
          成绩公布 {reviewWindow.requestWithinWorkingDays} 个工作日内申请（手册 第三章 八（二）1）：到 <strong>{formatChineseDate(deadline.byWorkingDays.date)}</strong>
          {deadline.decidedBy !== 'publicationWeek' && '（取这个）'}。
        </li>
        <li>
          复查时间为成绩公示期内的一周（手册 第三章 八（一）1、附件1 备注）：成绩公示从 {formatChineseDate(start)} 开始，
          {deadline.byPublicationWeek.isCutByPublicationEnd ? `公示期 ${formatChineseDate(end)} 就结束了，` : `第一周到 `}
          <strong>{formatChineseDate(deadline.byPublicationWeek.date)}</strong>
          {deadline.decidedBy !== 'workingDays' && '（取这个）'}。{reviewWindow.afterWindow}
        </li>
      </ol>
      {uncovered.length > 0 && (
        <div class="review-warning" role="note">
          <strong>注意：</strong>本工具的节假日数据只到 {coveredYears.last} 年（从 {coveredYears.first} 年起），{uncovered.join('、')} 年的法定节假日和调休还没有收录，这一年的日子按普通的周一到周五推算。
          {holidayAuthority.publisher}{holidayAuthority.usualMonth}{holidayAuthority.notice}，请对照核实。
        </div>
      )}
      <details class="review-count">
        <summary>
          查看 {reviewWindow.requestWithinWorkingDays} 个工作日是怎样数的（{periodCounting.assumption}）
        </summary>
        <p class="wizard-hint">依据：{periodCounting.basis} 手册没有写明公布当天算不算，这里按上述一般规则；如鸿科经纬公司另有说明，以其说明为准。</p>
        <div class="wizard-table-wrap">
          <table class="wizard-table">
            <caption class="sr-only">逐日计算</caption>
            <thead>
              <tr>
                <th scope="col">日期</th>
                <th scope="col">这一天是</th>
                <th scope="col">计数</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <td>{formatChineseDate(start)}</td>
                <td>成绩公示开始</td>
                <td>不计入</td>
              </tr>
              {deadline.byWorkingDays.days.map((day) => (
                <tr key={day.date}>
                  <td>{formatChineseDate(day.date)}</td>
                  <td>{formatDayKind(day)}</td>
                  <td>{day.isWorkingDay ? `第 ${(counted += 1)} 个工作日` : '不计'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <p>
        鸿科经纬公司于收到申请之日起 {reviewAnswerWorkingDays} 个工作日内通知复查结果：按 {formatChineseDate(request)} 发出算，最晚 {formatChineseDate(answer.date)}。复查后成绩无变更的不再另行通知。
      </p>
    </>
  );
}
