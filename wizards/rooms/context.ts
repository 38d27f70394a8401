/**
 * What the rooms wizard keeps while the user works: the workspace as last
 * loaded, the rooms as typed, the rooms chosen for each level, and the last errors.
 */
import type { Workspace } from '../../src/domain/workspace/schema';
import type { RoomsContext } from './context-schema';

/** The wizard's context; its shape is the zod schema in `context-schema.ts`. */
export type { RoomsContext };

/** Return an empty room row, with the address of the room above (rooms of one school usually share it). */
export function createRoomDraft(previous?: RoomsContext['rooms'][number]): RoomsContext['rooms'][number] {
  return { name: '', address: previous?.address ?? '', detailAddress: '', machines: '' };
}

/** Return the choices of the workspace's saved room plan. */
function readChoices(workspace: Workspace): RoomsContext['choices'] {
  const choices: RoomsContext['choices'] = {};
  for (const entry of workspace.roomPlan) choices[entry.level] = [...(choices[entry.level] ?? []), entry.roomName];
  return choices;
}

/** Return the wizard's first context, filled from what the workspace already knows. */
export function createRoomsContext(workspace: Workspace): RoomsContext {
  const rooms = workspace.rooms.map((room) => ({
    name: room.name,
    address: room.address,
    detailAddress: room.detailAddress,
    machines: room.machines === null ? '' : String(room.machines),
  }));
  return { workspace, rooms: rooms.length > 0 ? rooms : [createRoomDraft()], choices: readChoices(workspace), errors: [] };
}
