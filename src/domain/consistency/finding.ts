/**
 * What a consistency rule reports: one finding per kind of disagreement between
 * the wizards' saved work, in Chinese, with the wizard that puts it right.
 */
import { wizardTitles } from '../wizards/titles';
import type { Workspace } from '../workspace/schema';

/** The wizards a finding can send the user to: those that write what the rules compare. */
export type FixingWizard = 'photos' | 'registration' | 'rooms' | 'staff';

/** One kind of disagreement found in the workspace. */
export interface ConsistencyFinding {
  /** Stable id of the kind of disagreement, e.g. `room-plan-unseated`. */
  key: string;
  /** What disagrees, whom or which rooms it concerns, and how to fix it, in Chinese. */
  message: string;
  /** Slug of the wizard that fixes it. */
  fixIn: FixingWizard;
}

/** The parts of the workspace the rules read. */
export type ConsistencyInput = Pick<Workspace, 'candidates' | 'enrolments' | 'examPlan' | 'rooms' | 'roomPlan' | 'proctorAssignments'>;

/** Return the findings whose condition held (`condition && finding`), in order. */
export function keepFindings(findings: ReadonlyArray<ConsistencyFinding | false>): ConsistencyFinding[] {
  return findings.filter((finding) => finding !== false);
}

/** How many names a message lists before it says 「等 N 人」. */
export const namesListed = 5;

/** Return up to `namesListed` names joined with 、, then 「等 N 人」 (or another unit) when there are more. */
export function listNames(names: readonly string[], unit = '人'): string {
  const shown = names.slice(0, namesListed).join('、');
  return names.length > namesListed ? `${shown}等 ${names.length} ${unit}` : shown;
}

/** Return 「wizard」向导, the way a message names the wizard that fixes it. */
export function nameWizard(slug: FixingWizard): string {
  return `「${wizardTitles[slug]}」向导`;
}
