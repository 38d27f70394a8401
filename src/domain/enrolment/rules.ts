/**
 * Registering candidates (为学生报考, 手册 第三章 四): the rows of the 按证书导入
 * file, who can be in it, the records to expect and the fee estimate.
 */
import { certificate, defaultFeeYuan, levelFacts, levels as allLevels } from '../certificate/facts';
import type { Level } from '../certificate/schema';
import type { CandidateType } from '../candidates/schema';
import { enrolmentTemplate, recordsPerCandidate } from './facts';

/** What the 按证书导入 file needs to know about one candidate. */
export interface EnrolmentCandidate {
  name: string;
  documentNumber: string;
  candidateType: CandidateType;
}

/** The exam site as 「考务管理-考核站点管理」 shows it. */
export interface EnrolmentSite {
  code: string;
  name: string;
}

/** One row of the 按证书导入 file, keyed by the template's columns. */
export type EnrolmentRow = Record<(typeof enrolmentTemplate.columns)[number], string>;

/** Return the row of the 按证书导入 file for one candidate at one level. */
export function buildEnrolmentRow(candidate: EnrolmentCandidate, level: Level, site: EnrolmentSite): EnrolmentRow {
  return {
    考生姓名: candidate.name,
    证件号码: candidate.documentNumber,
    考生类型: candidate.candidateType,
    证书编号: levelFacts[level].certificateNumber,
    报考证书: certificate.name,
    证书等级: level,
    考核站点编号: site.code,
    考核站点: site.name,
  };
}

/** Return the number of 报考记录 the platform should show: two per candidate (理论 and 实操). */
export function countExpectedRecords(candidates: number): number {
  return candidates * recordsPerCandidate;
}

/** Return the default 考核站点 name: 院校名称 + 考核证书 (手册 第三章 四 1.2 ⑧). */
export function suggestSiteName(schoolName: string): string {
  return schoolName.trim() ? `${schoolName.trim()}${certificate.name}` : '';
}

/** One level's line of the fee estimate. */
export interface FeeLine {
  level: Level;
  candidates: number;
  feeYuan: number;
  totalYuan: number;
  /** True when the fee is the manual's default, not one the province set. */
  isDefaultFee: boolean;
}

/**
 * Return the fee estimate per level: the province's fee where the user gave one,
 * otherwise the manual's 初级 380 / 中级 and 高级 360 yuan (settled later).
 */
export function estimateFees(
  counts: Partial<Record<Level, number>>,
  provincialFees: Partial<Record<Level, number>> = {},
): { lines: FeeLine[]; totalYuan: number } {
  const lines = allLevels
    .filter((level) => (counts[level] ?? 0) > 0)
    .map((level) => {
      const provincial = provincialFees[level];
      const feeYuan = provincial ?? defaultFeeYuan[level];
      const candidates = counts[level]!;
      return { level, candidates, feeYuan, totalYuan: feeYuan * candidates, isDefaultFee: provincial === undefined };
    });
  return { lines, totalYuan: lines.reduce((sum, line) => sum + line.totalYuan, 0) };
}

/** A group of candidates chosen together: one class (major and year of entry) or one major. */
export interface CandidateGroup {
  /** Stable key, e.g. `2024|电子商务` for a class or `电子商务` for a major. */
  key: string;
  /** Label shown to the user, e.g. 2024级 电子商务. */
  label: string;
  documentNumbers: string[];
}

type GroupedCandidate = { documentNumber: string; major: string; enrolmentYear: string };

function groupCandidates(candidates: readonly GroupedCandidate[], describe: (candidate: GroupedCandidate) => { key: string; label: string }): CandidateGroup[] {
  const groups = new Map<string, CandidateGroup>();
  for (const candidate of candidates) {
    const { key, label } = describe(candidate);
    if (!groups.has(key)) groups.set(key, { key, label, documentNumbers: [] });
    groups.get(key)!.documentNumbers.push(candidate.documentNumber);
  }
  return [...groups.values()];
}

const majorLabel = (major: string) => major || '未填写专业';

/** Return the candidates grouped by class (year of entry and major), in first-seen order. */
export function groupCandidatesByClass(candidates: readonly GroupedCandidate[]): CandidateGroup[] {
  return groupCandidates(candidates, ({ major, enrolmentYear }) => ({
    key: `${enrolmentYear}|${major}`,
    label: `${enrolmentYear ? `${enrolmentYear}级 ` : ''}${majorLabel(major)}`,
  }));
}

/** Return the candidates grouped by major (all years together), in first-seen order. */
export function groupCandidatesByMajor(candidates: readonly GroupedCandidate[]): CandidateGroup[] {
  return groupCandidates(candidates, ({ major }) => ({ key: major, label: `${majorLabel(major)}专业（各年级）` }));
}

/** Return the majors that span more than one class (enrolment year): only these are worth setting at once, a one-class major is that class. */
export function listMajorsAcrossClasses(candidates: readonly GroupedCandidate[]): CandidateGroup[] {
  const yearsOf = new Map<string, Set<string>>();
  for (const { major, enrolmentYear } of candidates) yearsOf.set(major, (yearsOf.get(major) ?? new Set()).add(enrolmentYear));
  return groupCandidatesByMajor(candidates).filter((group) => yearsOf.get(group.key)!.size > 1);
}

/** Why a candidate is left out of the 按证书导入 file. */
export type ExclusionReason = 'notAccurate' | 'noLevel';

/** Chinese text of each reason a candidate is left out. */
export const exclusionReasonText: Record<ExclusionReason, string> = {
  notAccurate: '平台上的考生信息还不是“信息准确”，现在导入报考会失败',
  noLevel: '还没有选择报考级别',
};

/**
 * Split candidates into those that go into the file and those left out, with
 * the reason: only 信息准确 candidates with a level can be registered.
 */
export function splitRegistrable<T extends { documentNumber: string }>(
  candidates: readonly T[],
  choices: ReadonlyMap<string, { level: Level | null; isInfoAccurate: boolean }>,
): { included: Array<T & { level: Level }>; excluded: Array<{ candidate: T; reason: ExclusionReason }> } {
  const included: Array<T & { level: Level }> = [];
  const excluded: Array<{ candidate: T; reason: ExclusionReason }> = [];
  for (const candidate of candidates) {
    const choice = choices.get(candidate.documentNumber);
    if (!choice?.level) excluded.push({ candidate, reason: 'noLevel' });
    else if (!choice.isInfoAccurate) excluded.push({ candidate, reason: 'notAccurate' });
    else included.push({ ...candidate, level: choice.level });
  }
  return { included, excluded };
}

/** Return how many candidates sit each level. */
export function countByLevel(candidates: ReadonlyArray<{ level: Level }>): Partial<Record<Level, number>> {
  const counts: Partial<Record<Level, number>> = {};
  for (const { level } of candidates) counts[level] = (counts[level] ?? 0) + 1;
  return counts;
}

/** Return the registered candidates: those with a level and marked 信息准确, in list order. */
export function listRegisteredCandidates<T extends { documentNumber: string }>(
  candidates: readonly T[],
  enrolments: ReadonlyArray<{ documentNumber: string; level: Level | null; isInfoAccurate: boolean }>,
): Array<T & { level: Level }> {
  return splitRegistrable(candidates, new Map(enrolments.map((choice) => [choice.documentNumber, choice]))).included;
}
