/**
 * The readiness self-check (考场条件自查): every requirement of 手册 第四章 一 turned into
 * items that each meet the recommended configuration, meet the minimum, simply meet a
 * requirement that has no tiers, or fail with what to fix. This file holds the item
 * shape and the comparisons; `readiness-machines.ts` and `readiness-site.ts` list the items.
 */

/** How one item compares with the requirement. */
export type ReadinessStatus = 'recommended' | 'minimum' | 'meets' | 'fails';

/** Status names as the report shows them. */
export const readinessStatusLabels: Record<ReadinessStatus, string> = {
  recommended: '符合建议配置',
  minimum: '符合最低配置',
  meets: '符合要求',
  fails: '不符合',
};

/** One line of the readiness report. */
export interface ReadinessItem {
  /** Stable id, e.g. `machine.server.memoryGb`. */
  key: string;
  /** Heading the item is listed under, e.g. 服务器. */
  group: string;
  label: string;
  /** The requirement in the manual's terms. */
  requirement: string;
  /** What the school has, as answered ("未填写" when not answered). */
  found: string;
  status: ReadinessStatus;
  /** What to do; given for every failing item, and for minimum items as advice. */
  fix: string | null;
}

/** Shown for a number the user has not entered. */
export const notAnswered = '未填写';

type ItemHead = Pick<ReadinessItem, 'key' | 'group' | 'label'>;

/** Judge a number against a recommended and a minimum value (both inclusive, "以上"); `action` words the fix. */
export function judgeAtLeast(
  head: ItemHead,
  value: number | null,
  limits: { recommended: number; minimum: number; unit: string; action?: '升级到' | '增加到' },
): ReadinessItem {
  const { recommended, minimum, unit, action = '升级到' } = limits;
  const isTiered = recommended !== minimum;
  const requirement = isTiered ? `建议 ${recommended}${unit}以上，最低 ${minimum}${unit}以上` : `${minimum}${unit}以上`;
  if (value === null) {
    return { ...head, requirement, found: notAnswered, status: 'fails', fix: `填写${head.label}（按配置最低的一台）` };
  }
  const found = `${value}${unit}`;
  if (value >= recommended) return { ...head, requirement, found, status: isTiered ? 'recommended' : 'meets', fix: null };
  if (value >= minimum) {
    return { ...head, requirement, found, status: 'minimum', fix: `可升级到 ${recommended}${unit}以上，达到建议配置` };
  }
  const target = isTiered ? `至少 ${minimum}${unit}（建议 ${recommended}${unit}）` : `至少 ${minimum}${unit}`;
  return { ...head, requirement, found, status: 'fails', fix: `${action}${target}` };
}

/** Judge a requirement that either holds or not. */
export function judgeRequired(head: ItemHead, requirement: string, holds: boolean, fix: string): ReadinessItem {
  return { ...head, requirement, found: holds ? '具备' : '不具备', status: holds ? 'meets' : 'fails', fix: holds ? null : fix };
}

/** Judge something the manual only recommends: without it the site still meets the minimum. */
export function judgeRecommendedOnly(head: ItemHead, requirement: string, holds: boolean, advice: string): ReadinessItem {
  return {
    ...head,
    requirement,
    found: holds ? '具备' : '不具备',
    status: holds ? 'recommended' : 'minimum',
    fix: holds ? null : advice,
  };
}

/** Counts per status and whether nothing fails. */
export interface ReadinessSummary {
  counts: Record<ReadinessStatus, number>;
  isReady: boolean;
}

/** Count the items by status; the site is ready when none fails. */
export function summarizeReadiness(items: readonly ReadinessItem[]): ReadinessSummary {
  const counts: Record<ReadinessStatus, number> = { recommended: 0, minimum: 0, meets: 0, fails: 0 };
  for (const item of items) counts[item.status] += 1;
  return { counts, isReady: counts.fails === 0 };
}
