/** The materials wizard's screens in order, and the quantities and exam day built from the workspace. */
import { buildExamDayPlan, checkExamDayInputs } from '../../src/domain/exam-day/day-plan';
import { computeMaterialQuantities } from '../../src/domain/exam-day/rules';
import { siteRoles } from '../../src/domain/staffing/facts';
import type { MaterialsContext } from './context';

/** The screens, in order; `printing` shows one document. */
export const materialsSteps = ['start', 'quantities', 'documents', 'printing'] as const;
export type MaterialsStep = (typeof materialsSteps)[number];

/** True when the workspace has the plan and a current seat plan, so documents can be made. */
export function canEnter(step: MaterialsStep, context: MaterialsContext): boolean {
  return step === 'start' || checkExamDayInputs(context.workspace).length === 0;
}

/** Return exam day as the documents print it. */
export function getExamDay(context: MaterialsContext) {
  return buildExamDayPlan(context.workspace);
}

/** Return everyone with a badge: the school's staff from the staff wizard and the organisation's 巡考员. */
export function countBadgeHolders(context: MaterialsContext): number {
  const sent = siteRoles.filter((role) => role.providedBy === 'organisation').reduce((sum, role) => sum + role.count, 0);
  return context.workspace.staff.length + sent;
}

/** Return the quantity of every material. */
export function getQuantities(context: MaterialsContext) {
  const day = getExamDay(context);
  return computeMaterialQuantities({
    roomLevels: day.roomLevels.map((room) => ({ roomName: room.roomName, level: room.level, seats: room.candidates.length })),
    staffMembers: countBadgeHolders(context),
  });
}
