/** Turning issues and changes into the sentences the user reads, naming row, column, value and fix. */
import { candidateImportTemplate } from './facts';
import type { CandidateChange, CandidateColumnKey, CandidateIssue } from './schema';

/** Return the template header of a column, e.g. 证件号码. */
export function columnHeader(column: CandidateColumnKey): string {
  return candidateImportTemplate.columns.find((entry) => entry.key === column)!.header;
}

/** Return an issue as one sentence: 第 12 行「证件号码」“…”：problem。fix。 */
export function formatIssue(issue: CandidateIssue): string {
  const column = issue.column ? `「${columnHeader(issue.column)}」` : '';
  const value = issue.value === '' ? '' : `“${issue.value}”`;
  return `第 ${issue.sourceRow} 行${column}${value}：${issue.problem}。${issue.fix}。`;
}

/** Return a change as one sentence: 第 12 行「手机号码」“138 0013 8000” 改为 “13800138000”（reason）。 */
export function formatChange(change: CandidateChange): string {
  return `第 ${change.sourceRow} 行「${columnHeader(change.column)}」“${change.from}” 改为 “${change.to}”（${change.reason}）。`;
}

/** Return a notice about the whole list as one sentence: 「专业层次」：problem。fix。 */
export function formatListNotice(notice: { column: CandidateColumnKey; problem: string; fix: string }): string {
  return `「${columnHeader(notice.column)}」：${notice.problem}。${notice.fix}。`;
}
