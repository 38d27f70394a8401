import { bannerTemplate, levelFacts, levels, scoring } from './facts';
import type { Subject } from './facts-schema';
import type { Level } from './schema';

/** Return every subject of every level, in the platform's order. */
export function listSubjects(): Array<Subject & { level: Level }> {
  return levels.flatMap((level) => levelFacts[level].subjects.map((subject) => ({ ...subject, level })));
}

/** Return the subject of a level by kind (理论 or 实操). */
export function getSubject(level: Level, kind: Subject['kind']): Subject {
  return levelFacts[level].subjects.find((subject) => subject.kind === kind)!;
}

/** Return the full certificate title of a level, e.g. 网店运营推广职业技能等级证书（初级）. */
export function formatCertificateTitle(certificateName: string, level: Level): string {
  return `${certificateName}（${level}）`;
}

/** Return the exam banner text for a level. */
export function formatBanner(level: Level): string {
  return bannerTemplate.replace('{level}', level);
}

/** Return the banner text of every level, 初级 first: one is hung in each room, for the level it sits. */
export function listBannerLines(): string[] {
  return levels.map(formatBanner);
}

/** True when a score reaches the pass mark (60 inclusive). */
export function isPassingScore(score: number): boolean {
  return score >= scoring.passMark;
}

/** True when both subjects of one sitting pass: the rule for getting the certificate. */
export function isCertificatePassed(theory: number, practical: number): boolean {
  return isPassingScore(theory) && isPassingScore(practical);
}

/** True when a value is a valid score: a number from 0 to the full marks. */
export function isValidScore(score: number): boolean {
  return Number.isFinite(score) && score >= 0 && score <= scoring.fullMarks;
}
