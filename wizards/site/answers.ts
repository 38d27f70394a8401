/**
 * The site wizard's answers as typed: numbers stay text until read, so a typo stays
 * on screen to be fixed. Answers are addressed by dotted paths (`machines.server.cpuCores`),
 * which are also the ids of their inputs. No zod here.
 */
import { hardwareAttributes } from '../../src/domain/site/readiness-machines';
import { machineSpecs } from '../../src/domain/site/requirements';

export type MachineKey = 'server' | 'proctor' | 'candidate';

/** One room as typed. */
export interface RoomForm {
  name: string;
  seats: string;
  servers: string;
  proctorMachines: string;
  candidateMachines: string;
}

/** One kind of machine as typed: numbers as text, ticks as booleans and lists. */
export interface MachineForm {
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

/** Everything the site wizard asks, as typed. */
export interface SiteForm {
  schoolName: string;
  isPilotSchool: '' | 'yes' | 'no';
  hasFiledBefore: '' | 'yes' | 'no';
  rooms: RoomForm[];
  machines: Record<MachineKey, MachineForm>;
  /** Features present, per equipment key. */
  equipment: Record<string, string[]>;
  surveillance: { channels: string; megapixels: string };
  venue: { conditions: string[]; seatSpacingMetres: string; hasOtherIsolation: boolean; powerHours: string; hasDualPower: boolean };
  /** Per `siteTeam` role name. */
  team: Record<string, { count: string; trained: string }>;
  facilities: string[];
  /** Indexes into `otherRequirements`. */
  otherRequirements: number[];
}

/** Return a room with every box empty. */
export const createRoomForm = (): RoomForm => ({ name: '', seats: '', servers: '', proctorMachines: '', candidateMachines: '' });

const createMachineForm = (): MachineForm => ({
  cpuCores: '',
  cpuGhz: '',
  memoryGb: '',
  diskGb: '',
  diskRpm: '',
  graphicsGb: '',
  hasGigabitNetwork: false,
  software: [],
  notes: [],
});

/** Return a form with nothing answered, or with the given parts answered. */
export function createSiteForm(filled: Partial<SiteForm> = {}): SiteForm {
  return {
    schoolName: '',
    isPilotSchool: '',
    hasFiledBefore: '',
    rooms: [],
    machines: { server: createMachineForm(), proctor: createMachineForm(), candidate: createMachineForm() },
    equipment: {},
    surveillance: { channels: '', megapixels: '' },
    venue: { conditions: [], seatSpacingMetres: '', hasOtherIsolation: false, powerHours: '', hasDualPower: false },
    team: {},
    facilities: [],
    otherRequirements: [],
    ...filled,
  };
}

/** The id of the input for a dotted answer path (`machines.server.cpuCores` → `machines-server-cpuCores`). */
export const fieldId = (path: string) => path.replaceAll('.', '-');

/** Read a value at a dotted path of the form. */
export function getAt(form: SiteForm, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], form);
}

/** Return the form with the value at a dotted path replaced (arrays by index), sharing everything else. */
export function setAt<T>(value: T, path: string, next: unknown): T {
  const [key, ...rest] = path.split('.');
  const current = (value ?? {}) as Record<string, unknown>;
  const child = rest.length ? setAt(current[key!], rest.join('.'), next) : next;
  if (Array.isArray(value)) return value.map((item, index) => (index === Number(key) ? child : item)) as T;
  return { ...current, [key!]: child } as T;
}

/** The hardware attributes asked for a machine kind: those its spec gives. */
export function listAskedAttributes(key: MachineKey) {
  const spec = machineSpecs.find((candidate) => candidate.key === key)!;
  return hardwareAttributes.filter((attribute) => spec.minimum[attribute.key] !== undefined);
}
