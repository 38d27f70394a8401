/**
 * The rooms wizard's first context, filled from what the workspace already
 * knows: its rooms as typed text, and the rooms its saved seat plan gave each level.
 */
import { readChosenRooms } from '../../src/domain/rooms/seat-plan';
import type { Workspace } from '../../src/domain/workspace/schema';
import type { RoomsContext } from './context-schema';

/** Return an empty room row, with the address of the room above (rooms of one school usually share it). */
export function createRoomDraft(previous?: RoomsContext['rooms'][number]): RoomsContext['rooms'][number] {
  return { name: '', address: previous?.address ?? '', detailAddress: '', machines: '' };
}

/** Return the wizard's first context. */
export function createRoomsContext(workspace: Workspace): RoomsContext {
  const rooms = workspace.rooms.map((room) => ({
    name: room.name,
    address: room.address,
    detailAddress: room.detailAddress,
    machines: room.machines === null ? '' : String(room.machines),
  }));
  return { workspace, rooms: rooms.length > 0 ? rooms : [createRoomDraft()], choices: readChosenRooms(workspace.roomPlan), errors: [] };
}
