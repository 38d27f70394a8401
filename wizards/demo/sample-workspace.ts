/**
 * The sample school as a school workspace: what the wizards would have learned
 * once the school's list was put right, so that any wizard can be opened at any
 * step in a training exercise. Validated against `WorkspaceSchema` in
 * tests/unit/wizards/demo/sample-workspace.test.ts.
 */
import { classifyCandidates } from '../../src/domain/candidates/classify';
import type { CandidateRecord, CandidateRow } from '../../src/domain/candidates/schema';
import { toChinaDate } from '../../src/domain/identity/rules';
import type { ExamPlan as PublishedPlan } from '../../src/domain/plan/facts-schema';
import { workspaceVersion, type ExamPlan, type Pilot, type Workspace } from '../../src/domain/workspace/schema';
import { addSampleSeatsAndProctors, buildSampleEnrolments } from './sample-exam-run';
import { buildSamplePlan } from './sample-plan';
import { sampleApprovedScale, sampleEducationLevel, sampleMajors, sampleRooms, sampleSchool, sampleStaff } from './sample-school';
import { sampleStudents } from './sample-students';

/** This year's pilot of the sample school: its pilot majors and approved scale. */
export const samplePilot: Pilot = {
  isPilotSchool: true,
  majors: Object.values(sampleMajors)
    .filter((major) => major.isPilot)
    .map(({ name, code }) => ({ name, code })),
  approvedScale: sampleApprovedScale,
};

/** Return the students as checked records, placed in 院校考生 or 社会考生 by the domain's own rule. */
export function buildSampleCandidates(examYear: number): CandidateRecord[] {
  const rows: CandidateRow[] = sampleStudents.map((student, index) => ({
    id: index + 1,
    sourceRow: index + 1,
    values: {
      name: student.name,
      pinyin: student.pinyin,
      gender: student.gender,
      documentType: student.documentType,
      documentNumber: student.documentNumber,
      phone: student.phone,
      enrolmentYear: String(examYear - student.yearsEnrolled),
      educationLevel: sampleEducationLevel,
      major: sampleMajors[student.major].name,
      majorCode: sampleMajors[student.major].code,
    },
  }));
  const { placements } = classifyCandidates(rows, samplePilot, {});
  return rows.map((row, index) => ({ ...row.values, gender: sampleStudents[index]!.gender, candidateType: placements[index]!.type }));
}

/** Return the plan as the school copies it into the workspace: its windows, and each level's subject times. */
function toWorkspacePlan(plan: PublishedPlan): ExamPlan {
  const sitting = ({ date, start, end }: PublishedPlan['levels'][number]['subjects'][number]) => ({ date, start, end });
  return {
    name: plan.name,
    year: plan.year,
    registration: plan.registration,
    scheduling: plan.scheduling,
    scoreEntry: plan.scoreEntry,
    scorePublication: plan.scorePublication,
    levels: plan.levels.map(({ level, subjects: [theory, practical] }) => ({ level, theory: sitting(theory), practical: sitting(practical) })),
    examDate: null,
  };
}

/** Return the sample school's workspace for a demo loaded at `now`. */
export function buildSampleWorkspace(now: Date): Workspace {
  const plan = buildSamplePlan(toChinaDate(now));
  return addSampleSeatsAndProctors({
    version: workspaceVersion,
    school: { ...sampleSchool },
    pilot: samplePilot,
    examPlan: toWorkspacePlan(plan),
    candidates: buildSampleCandidates(plan.year),
    rooms: sampleRooms,
    staff: sampleStaff,
    enrolments: buildSampleEnrolments(),
    roomPlan: [],
    proctorAssignments: [],
  });
}
