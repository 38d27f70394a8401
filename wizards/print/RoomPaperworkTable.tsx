/**
 * The paper each room needs for its level's two sessions (桌贴、门贴, 签到表, 考场情况记录表,
 * 草稿纸), on the materials screen and in the printed checklist. Units and counts come from
 * `computeRoomMaterials`, whose sum is the checklist's total, so both always agree. (横幅 and
 * 封条, one per 考场, are counted the same way but are not paper.)
 */
import type { RoomLevelDay } from '../../src/domain/exam-day/day-plan';
import { roomCountReading } from '../../src/domain/exam-day/materials';
import { computeRoomMaterials, listPerRoomMaterials } from '../../src/domain/exam-day/rules';

/** One row per room and level; `tableClass` styles it for the screen or for paper. */
export function RoomPaperworkTable({ roomLevels, tableClass }: { roomLevels: readonly RoomLevelDay[]; tableClass: string }) {
  const items = listPerRoomMaterials().filter((item) => item.per !== 'room');
  const rows = roomLevels.map((room) => ({
    room,
    lines: computeRoomMaterials({ roomName: room.roomName, level: room.level, seats: room.candidates.length }).filter((line) => items.includes(line.item)),
  }));
  return (
    <>
      <table class={tableClass}>
        <thead>
          <tr>
            <th scope="col">考场（级别）</th>
            {items.map((item) => (
              <th scope="col" key={item.key}>
                {item.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ room, lines }) => (
            <tr key={`${room.roomName}-${room.level}`}>
              <th scope="row">
                {room.roomName}（{room.level}，{room.candidates.length} 人）
              </th>
              {lines.map((line) => (
                <td key={line.item.key}>
                  {line.quantity} {line.unit}
                  {line.detail && <span class="print-small">（{line.detail}）</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p class="print-small">{roomCountReading}</p>
    </>
  );
}
