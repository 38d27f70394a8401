/**
 * Reading one score as staff type or export it. Apart from the review rules (\`rules.ts\`), which need the holiday
 * calendar: the certificate wizard reads scores and has no use for working days.
 */
import { isValidScore } from '../certificate/rules';
import { scoring } from '../certificate/facts';
import type { Score } from './schema';

/** The outcome of reading a typed or imported score. */
export type ScoreReading = { ok: true; value: Score; changes: string[] } | { ok: false; message: string };

const missingScoreWords = new Set(['', '缺考', '缺', '无', '-', '—', '/']);

/**
 * Read a score as staff type or export it: a number from 0 to full marks, or blank /
 * 缺考 for none. Full-width digits are accepted and reported, never changed silently.
 */
export function parseScore(raw: string): ScoreReading {
  const trimmed = raw.trim();
  const halfWidth = trimmed.replace(/[０-９．]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
  const changes = halfWidth === trimmed ? [] : [`全角数字“${trimmed}”已按“${halfWidth}”读取`];
  if (missingScoreWords.has(halfWidth)) return { ok: true, value: null, changes };
  if (!/^\d+(\.\d+)?$/.test(halfWidth)) {
    return { ok: false, message: `“${trimmed}”不是分数：请填写 0 到 ${scoring.fullMarks} 之间的数字，缺考或没有成绩请留空` };
  }
  const value = Number(halfWidth);
  if (!isValidScore(value)) {
    return { ok: false, message: `${halfWidth} 分超出范围：成绩在 0 到 ${scoring.fullMarks} 分之间，请核对后重新填写` };
  }
  return { ok: true, value, changes };
}
