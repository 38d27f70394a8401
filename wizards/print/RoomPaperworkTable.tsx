/**
 * The paper each room needs for its level's two sessions (门贴, 桌贴, 签到表,
 * 考场情况记录表, 草稿纸), on the materials screen and in the printed checklist.
 */
import type { RoomLevelDay } from '../../src/domain/exam-day/day-plan';
import { computeRoomPaperwork } from '../../src/domain/exam-day/rules';

/** One row per room and level; `tableClass` styles it for the screen or for paper. */
export function RoomPaperworkTable({ roomLevels, tableClass }: { roomLevels: readonly RoomLevelDay[]; tableClass: string }) {
  return (
    <table class={tableClass}>
      <thead>
        <tr>
          <th scope="col">考场（级别）</th>
          <th scope="col">门贴</th>
          <th scope="col">桌贴</th>
          <th scope="col">签到表</th>
          <th scope="col">考场情况记录表</th>
          <th scope="col">草稿纸</th>
        </tr>
      </thead>
      <tbody>
        {roomLevels.map((room) => {
          const paper = computeRoomPaperwork({ roomName: room.roomName, level: room.level, seats: room.candidates.length });
          return (
            <tr key={`${room.roomName}-${room.level}`}>
              <th scope="row">
                {room.roomName}（{room.level}，{room.candidates.length} 人）
              </th>
              <td>{paper.doorLabels} 张</td>
              <td>{paper.deskLabels} 张</td>
              <td>{paper.signInSheets} 份</td>
              <td>{paper.roomRecords} 份</td>
              <td>{paper.scratchPaper} 张</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
