/**
 * Where the wizards' saved work disagrees, for the 本校工作台 (issue 15). Each
 * wizard writes its own part of the workspace (workspace/schema.ts) from what
 * the earlier ones saved; when an earlier part changes later, the later parts
 * were made for a different list. The rules:
 *
 * - `checkEnrolmentChoices`: 报考 choices for 证件号码 no longer in the candidate
 *   list (手册 第三章 四: only candidates on the platform can be registered) —
 *   fixed in 为学生报考, which keeps choices only for the listed candidates.
 * - `checkPlanLevels`: registered levels with no subject times in the exam plan
 *   (手册 第三章 一, 四: every level sat has its 理论 and 实操 times) — fixed in
 *   为学生报考, whose 科目考试时间 step writes `examPlan.levels`.
 * - `checkRoomPlan`: the seat plan against the registered candidates and the
 *   rooms (手册 第三章 五 1 ⑥: every registered candidate has a seat in a room
 *   of their level) — fixed in 考场设置. Candidates of a level without times are
 *   left to `checkPlanLevels`: 考场设置 can only seat levels the plan has times for.
 * - `checkProctorRooms`: proctors assigned to a room that is gone from the rooms
 *   or from the seat plan for that level (手册 第三章 六 2: proctors per room) —
 *   fixed in 监考与考务人员.
 *
 * - `checkRegisteredPhotos`: registered candidates the photo wizard's last matching
 *   found without a photo, or never matched because they joined the list later
 *   (手册 第三章 三 2: the platform needs each student's photo for the admission
 *   ticket and the certificate) — fixed in 考生照片打包. Photos are never stored;
 *   their matching is, in that wizard's draft, which the caller reads and hands in.
 *
 * A part not made yet (no seat plan, no proctors) is unfinished work, not a
 * disagreement: the workbench's task list shows it, these rules stay silent.
 */
import { checkEnrolmentChoices, checkPlanLevels } from './enrolments';
import type { ConsistencyFinding, ConsistencyInput } from './finding';
import { checkRegisteredPhotos, type PhotoCheck } from './photos';
import { checkProctorRooms } from './proctors';
import { checkRoomPlan } from './room-plan';

/** Return every finding, in the order a school meets the wizards: 考生照片打包, 为学生报考, 考场设置, 监考与考务人员. */
export function checkWorkspaceConsistency(workspace: ConsistencyInput, photos?: PhotoCheck): ConsistencyFinding[] {
  return [
    ...checkRegisteredPhotos(workspace, photos),
    ...[checkEnrolmentChoices, checkPlanLevels, checkRoomPlan, checkProctorRooms].flatMap((rule) => rule(workspace)),
  ];
}
