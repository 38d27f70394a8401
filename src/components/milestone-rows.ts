import { milestones } from '../domain/timeline/facts';
import type { Milestone } from '../domain/timeline/schema';

/** Return the stage of 重要时间节点 with this key; throws on an unknown key so a typo fails the build. */
export function getMilestone(key: string): Milestone {
  const milestone = milestones.find((m) => m.key === key);
  if (!milestone) throw new Error(`Unknown milestone: ${key}`);
  return milestone;
}
