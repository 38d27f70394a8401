/**
 * What keeps a task from starting: the same check and the same `blockerFrom`
 * each wizard's first screen uses for its `blockedBy`, on the workspace the
 * wizard would start with, so the workbench says exactly what the wizard says and
 * links to the same wizard. The checks live apart from the step lists
 * (`start-check.ts`, `checkExamDayInputs`), so this loads no machine code.
 */
import { checkExamDayInputs } from '../../src/domain/exam-day/day-plan';
import type { Workspace } from '../../src/domain/workspace/schema';
import type { WizardSlug } from '../catalog';
import type { StepBlocker } from '../kit/step-list';
import { toPhotoStudents } from '../photos/context';
import { checkStudents } from '../photos/start-check';
import { checkStart as checkRegistrationStart } from '../registration/start-check';
import { checkStart as checkRoomsStart } from '../rooms/start-check';
import { examDayProvider } from '../shared/exam-day-blocker';
import { blockerFrom } from '../shared/wizard-links';

/** Each wizard whose first screen can be blocked, with its first screen's `blockedBy` (see its steps.ts). */
const firstScreenBlockers: Partial<Record<WizardSlug, (workspace: Workspace) => StepBlocker | undefined>> = {
  photos: (workspace) => blockerFrom(checkStudents({ students: toPhotoStudents(workspace) }), 'candidates'),
  registration: (workspace) => blockerFrom(checkRegistrationStart({ workspace }), 'candidates'),
  rooms: (workspace) => blockerFrom(checkRoomsStart({ workspace }), 'registration'),
  staff: (workspace) => blockerFrom(checkExamDayInputs(workspace), examDayProvider),
  materials: (workspace) => blockerFrom(checkExamDayInputs(workspace), examDayProvider),
};

/** Return what blocks the first screen of the wizard `slug` on this workspace, or undefined. */
export function findBlocker(slug: WizardSlug, workspace: Workspace): StepBlocker | undefined {
  return firstScreenBlockers[slug]?.(workspace);
}
