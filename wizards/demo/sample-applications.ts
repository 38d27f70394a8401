/**
 * The sample school's pilot application (试点申报) and exam-site self-check (考点申报),
 * as the school's staff would have started filling them in: the answers only those two
 * wizards ask for (batch and window, teachers, machine specifications, equipment,
 * team), which the shared workspace does not hold. They go into the demo's store as
 * the two wizards' drafts at their first screen (`seed.ts`), so a trainee walks both
 * wizards with the sample school's answers in every box, each still editable.
 * The demo layer does not import the wizards (tests/unit/architecture/imports.test.ts), so
 * the boxes are written out here; they are validated against the wizards' own draft
 * schemas, forms and step checks in tests/unit/wizards/demo/sample-applications.test.ts.
 */
import { broadcastEquipment, identityFeatures, jammerFeatures, machineSpecs, officeEquipment, roomConditions, serviceRooms, surveillanceFeatures, switchFeatures } from '../../src/domain/site/requirements';
import { declaredRequirementIndexes } from '../../src/domain/site/readiness-site';
import { siteTeam } from '../../src/domain/staffing/facts';
import { addDays } from '../../src/domain/timeline/iso-date';
import type { Workspace } from '../../src/domain/workspace/schema';
import { createDraftEnvelope, type DraftEnvelope } from '../kit/draft-envelope';
import { draftKey } from '../kit/storage';
import { sampleRooms } from './sample-school';

/** The pilot wizard's boxes as typed (wizards/pilot/fields.ts). */
export type SamplePilotForm = Record<string, string>;

type MachineKey = 'server' | 'proctor' | 'candidate';

/** One machine kind's boxes as typed (wizards/site/answers.ts, MachineForm). */
interface MachineForm {
  cpuCores: string;
  cpuGhz: string;
  memoryGb: string;
  diskGb: string;
  diskRpm: string;
  graphicsGb: string;
  hasGigabitNetwork: boolean;
  software: string[];
  notes: string[];
}

/** Draft versions of the two wizards' context schemas (checked by the unit test). */
const draftVersions = { pilot: 1, site: 1 } as const;

/** Days the province's pilot application window stays open from the day the demo is loaded (an invented, typical fortnight). */
const pilotWindowDays = 14;

/** The sample school's teachers of the pilot majors: counts, a little beyond the staff put forward for exam day. */
const sampleTeachers = { total: 12, senior: 4, dual: 7, trained: 3 };

/** Software on the sample school's computer-room machines, as a school would list it. */
const sampleSoftware = ['Photoshop CS6', 'Dreamweaver CS6', 'Fireworks CS6'];

/**
 * Return the pilot wizard's boxes as the sample school filled them for a demo loaded on `today`:
 * this year's first batch, its window starting today. The two descriptions stay empty, so the
 * wizard drafts them from these answers, as it does for any school.
 */
export function buildSamplePilotForm(workspace: Workspace, today: string): SamplePilotForm {
  const machines = workspace.rooms.reduce((sum, room) => sum + (room.machines ?? 0), 0);
  const pilotMajors = new Set(workspace.pilot.majors.map((major) => major.name));
  return {
    schoolName: workspace.school.name,
    batch: `${today.slice(0, 4)}年第一次`,
    windowStart: today,
    windowEnd: addDays(today, pilotWindowDays),
    // The pilot majors' students, a few more than the scale approved later (sample-school.ts, sampleApprovedScale).
    trainees: String(workspace.candidates.filter((candidate) => pilotMajors.has(candidate.major)).length),
    teachersTotal: String(sampleTeachers.total),
    teachersSenior: String(sampleTeachers.senior),
    teachersDual: String(sampleTeachers.dual),
    teachersTrained: String(sampleTeachers.trained),
    facilityRooms: String(workspace.rooms.length),
    facilityMachines: String(machines),
    facilitySoftware: sampleSoftware.join('\n'),
    facilityExtra: '',
    teachersExtra: '',
    majorDraft: '',
    teacherText: '',
    facilityText: '',
    evidence: '',
  };
}

/** Return a machine kind's boxes at its recommended configuration, with every software and note ticked. */
function toRecommendedMachine(key: MachineKey): MachineForm {
  const spec = machineSpecs.find((candidate) => candidate.key === key)!;
  const typed = (value: number | undefined) => (value === undefined ? '' : String(value));
  const { cpuCores, cpuGhz, memoryGb, diskGb, diskRpm, graphicsGb } = spec.recommended;
  return {
    cpuCores: typed(cpuCores),
    cpuGhz: typed(cpuGhz),
    memoryGb: typed(memoryGb),
    diskGb: typed(diskGb),
    diskRpm: typed(diskRpm),
    graphicsGb: typed(graphicsGb),
    hasGigabitNetwork: true,
    software: [...spec.software],
    notes: [...spec.notes],
  };
}

/**
 * Return the site wizard's answers for the sample school: a pilot school applying for the first
 * time, its three computer rooms (a seat at every working machine, one server and one proctor
 * machine each), machines at the recommended configuration, every piece of equipment, the
 * standing team trained. The exam-day proctors are not part of this team (`sampleStaff`).
 */
export function buildSampleSiteForm(workspace: Workspace) {
  const rooms = workspace.rooms.length > 0 ? workspace.rooms : sampleRooms;
  return {
    schoolName: workspace.school.name,
    isPilotSchool: workspace.pilot.isPilotSchool ? ('yes' as const) : ('no' as const),
    hasFiledBefore: 'no' as const,
    rooms: rooms.map((room) => {
      const machines = String(room.machines ?? 0);
      return { name: room.name, seats: machines, servers: '1', proctorMachines: '1', candidateMachines: machines };
    }),
    machines: { server: toRecommendedMachine('server'), proctor: toRecommendedMachine('proctor'), candidate: toRecommendedMachine('candidate') },
    equipment: { switch: [...switchFeatures], jammer: [...jammerFeatures], identity: [...identityFeatures], surveillance: [...surveillanceFeatures] },
    surveillance: { channels: '4', megapixels: '4' },
    venue: { conditions: [...roomConditions], seatSpacingMetres: '1.2', hasOtherIsolation: false, powerHours: '6', hasDualPower: true },
    team: Object.fromEntries(siteTeam.map((role) => [role.name, { count: String(role.count), trained: String(role.count) }])),
    facilities: [...officeEquipment, ...serviceRooms, ...broadcastEquipment],
    otherRequirements: [...declaredRequirementIndexes],
  };
}

/** Return the drafts the demo's store starts with: the pilot and site wizards at their first screen, every box answered. */
export function buildSampleApplicationDrafts(workspace: Workspace, today: string, now: Date): Array<[string, DraftEnvelope]> {
  const noErrors = { errors: [] };
  return [
    [draftKey('pilot'), createDraftEnvelope({ slug: 'pilot', version: draftVersions.pilot }, 'batch', { form: buildSamplePilotForm(workspace, today), majors: workspace.pilot.majors.map((major) => major.name), ...noErrors }, now)],
    [draftKey('site'), createDraftEnvelope({ slug: 'site', version: draftVersions.site }, 'eligibility', { form: buildSampleSiteForm(workspace), ...noErrors }, now)],
  ];
}
