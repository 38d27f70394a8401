/**
 * The sample school's exam run, as the exam-run wizards would have left it: a
 * level for each candidate, the seat plan and the proctors. The seat plan and
 * proctors come from the rooms and staff wizards' own functions, so the demo
 * shows exactly what those wizards suggest.
 */
import type { EnrolmentChoice } from '../../src/domain/enrolment/schema';
import type { Workspace } from '../../src/domain/workspace/schema';
import { createRoomsContext } from '../rooms/context';
import { buildRoomPlan } from '../rooms/steps';
import { createStaffContext } from '../staff/context';
import { resolveAssignments } from '../staff/steps';
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

/** Return the workspace with the seat plan and proctors the wizards would suggest for it. */
export function addSampleSeatsAndProctors(workspace: Workspace): Workspace {
  const roomPlan = buildRoomPlan(createRoomsContext(workspace));
  const seated = { ...workspace, roomPlan };
  return { ...seated, proctorAssignments: resolveAssignments(createStaffContext(seated)) };
}
