/** The site wizard's first context: 院校名称 and the rooms the workspace already knows (from the rooms wizard). */
import type { Workspace } from '../../src/domain/workspace/schema';
import { createRoomForm, createSiteForm, type SiteForm } from './answers';
import type { SiteContext } from './context-schema';

/** Rooms known to the workspace, as a starting point when none are typed yet. */
export function roomsFromWorkspace(workspace: Workspace): SiteForm['rooms'] {
  return workspace.rooms.map((room) => ({ ...createRoomForm(), name: room.name, candidateMachines: room.machines === null ? '' : String(room.machines) }));
}

/** Return the wizard's first context. */
export function createSiteContext(workspace: Workspace): SiteContext {
  return { workspace, form: createSiteForm({ schoolName: workspace.school.name, rooms: roomsFromWorkspace(workspace) }), errors: [] };
}
