/**
 * The workspace of a school that has saved nothing yet, written out in full: a wizard page on a first visit starts
 * from it without loading the zod schemas, which load only when there is saved work to check. A unit test holds it
 * equal to what the schema makes of `{ version }`, so a part or default added to the schema cannot be missed here.
 */
import type { Workspace } from './schema';
import { workspaceVersion } from './version';

/** Return a workspace with nothing in it yet (a new object each time: callers may keep and change it). */
export function createEmptyWorkspace(): Workspace {
  return {
    version: workspaceVersion,
    school: { name: '', siteName: '', siteCode: '' },
    pilot: { isPilotSchool: true, majors: [], approvedScale: null },
    examPlan: { name: '', year: null, registration: null, scheduling: null, scoreEntry: null, scorePublication: null, levels: [], examDate: null },
    candidates: [],
    rooms: [],
    staff: [],
    enrolments: [],
    roomPlan: [],
    proctorAssignments: [],
  };
}
