/**
 * Who gets the certificate (手册 第三章 一, 第五章 一): both subjects of the level at
 * 60 or more in the same sitting. Scores come as `Sitting`s from the score export.
 */
import { levels, scoring } from '../certificate/facts';
import { isCertificatePassed, isPassingScore } from '../certificate/rules';
import type { Level } from '../certificate/schema';
import type { Score, Sitting } from '../scores/schema';

/** A sitting with the verdict and, when failed, each reason. */
export interface SittingResult extends Sitting {
  isPassed: boolean;
  /** Why the certificate is not passed, one line per subject; empty when passed. */
  reasons: string[];
}

function explainSubject(kind: '理论' | '实操', score: Score): string | null {
  if (score === null) return `${kind}没有成绩（缺考）`;
  return isPassingScore(score) ? null : `${kind} ${score} 分，未达到 ${scoring.passMark} 分`;
}

/** Decide one sitting: passed when theory and practical both reach the pass mark. */
export function judgeSitting(sitting: Sitting): SittingResult {
  const { theory, practical } = sitting;
  const isPassed = theory !== null && practical !== null && isCertificatePassed(theory, practical);
  const reasons = isPassed
    ? []
    : [explainSubject('理论', theory), explainSubject('实操', practical)].filter((reason): reason is string => reason !== null);
  return { ...sitting, isPassed, reasons };
}

/** Results of one level. */
export interface LevelResults {
  level: Level;
  passed: SittingResult[];
  failed: SittingResult[];
}

/** Judge every sitting and group them by level, in level order; levels nobody sat are left out. */
export function groupResultsByLevel(sittings: readonly Sitting[]): LevelResults[] {
  const judged = sittings.map(judgeSitting);
  return levels
    .map((level) => ({
      level,
      passed: judged.filter((result) => result.level === level && result.isPassed),
      failed: judged.filter((result) => result.level === level && !result.isPassed),
    }))
    .filter((group) => group.passed.length + group.failed.length > 0);
}
