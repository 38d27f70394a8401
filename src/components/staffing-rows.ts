import { proctorRule } from '../domain/staffing/facts';
import type { SiteRole } from '../domain/staffing/schema';
import { countProctorsForRoom } from '../domain/staffing/rules';

/** A room size and the proctors it needs. */
export interface ProctorExample {
  candidates: number;
  proctors: number;
}

/**
 * Return room sizes that show the proctor rule at work: a small room, the largest
 * room with the minimum, the first room above it, and both sides of a 1:20 step.
 * Sizes come from the rule itself, so the examples follow it if it changes.
 */
export function listProctorExamples(): ProctorExample[] {
  const { smallRoomMaxCandidates: small, candidatesPerProctor: ratio } = proctorRule;
  const largeStep = Math.ceil((small + 1) / ratio) * ratio;
  const sizes = [Math.floor(small / 2), small, small + 1, largeStep, largeStep + 1];
  return [...new Set(sizes)].map((candidates) => ({ candidates, proctors: countProctorsForRoom(candidates) }));
}

/** Return who appoints a role, in words for the guide. */
export function formatProvidedBy(role: SiteRole): string {
  return role.providedBy === 'school' ? '考点院校遴选本校老师担任' : '鸿科经纬公司委派';
}
