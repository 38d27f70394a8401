/** The pilot wizard's first context: every box empty but 院校名称, and the majors the workspace knows. */
import type { Workspace } from '../../src/domain/workspace/schema';
import type { PilotContext } from './context-schema';
import { createPilotForm } from './fields';

/** Return the wizard's first context. */
export function createPilotContext(workspace: Workspace): PilotContext {
  return { workspace, form: createPilotForm({ schoolName: workspace.school.name }), majors: workspace.pilot.majors.map((major) => major.name), errors: [] };
}
