/**
 * The sample school's exam run, as the exam-run wizards would have left it: a
 * level for each candidate, the seat plan and the proctors. The seat plan and
 * proctors come from the same domain rules the rooms and staff wizards suggest
 * them with (src/domain/rooms/seat-plan.ts, src/domain/staffing/assignment.ts),
 * so the demo shows exactly what those wizards suggest.
 */
import type { EnrolmentChoice } from '../../src/domain/enrolment/schema';
import { buildRoomPlan, listLevelCandidates } from '../../src/domain/rooms/seat-plan';
import { resolveProctorAssignments } from '../../src/domain/staffing/assignment';
import { getRoleKey } from '../../src/domain/staffing/checks';
import { listCandidateMajors } from '../../src/domain/staffing/rules';
import { listProctorSlots } from '../../src/domain/staffing/slots';
import type { Workspace } from '../../src/domain/workspace/schema';
import { sampleLevels } from './sample-plan';
import { sampleStudents } from './sample-students';

/**
 * Return each student's level (second-years 中级, first-years 初级) and whether
 * the platform shows them 信息准确: not yet for the students without a photo,
 * who cannot be certified, so the registration wizard leaves them out.
 */
export function buildSampleEnrolments(): EnrolmentChoice[] {
  return sampleStudents.map((student) => ({
    documentNumber: student.documentNumber,
    level: student.yearsEnrolled === 2 ? sampleLevels[1]! : sampleLevels[0]!,
    isInfoAccurate: student.photo !== 'missing',
  }));
}

/** Return the workspace with the seat plan and proctors the wizards would suggest for it (no choice of the user's yet). */
export function addSampleSeatsAndProctors(workspace: Workspace): Workspace {
  const { candidates, enrolments, examPlan, rooms, staff, pilot } = workspace;
  const roomPlan = buildRoomPlan({
    // A room whose working machines are unknown offers none.
    rooms: rooms.map((room) => ({ name: room.name, machines: room.machines ?? 0 })),
    levelCandidates: listLevelCandidates(candidates, enrolments, examPlan.levels),
    levelTimes: examPlan.levels,
    chosen: {},
  });
  const proctorAssignments = resolveProctorAssignments({
    teachers: staff.map((member) => ({ name: member.name, phone: member.phone, subject: member.subject, role: getRoleKey(member.role) })),
    slots: listProctorSlots(roomPlan, examPlan.levels),
    majors: listCandidateMajors(pilot.majors, candidates),
    chosen: null,
  });
  return { ...workspace, roomPlan, proctorAssignments };
}
