/**
 * What the site wizard produces: the answers read into the readiness check's shape,
 * from which the report screen (printed as the school's readiness report) is made. No files.
 */
import { hardwareAttributes } from '../../src/domain/site/readiness-machines';
import type { MachineAnswers, ReadinessAnswers } from '../../src/domain/site/schema';
import { readAmount, readCount } from '../shared/read-input';
import type { MachineKey, SiteForm } from './answers';

type Reader = typeof readAmount;

const valueOf = (raw: string, read: Reader = readAmount) => {
  const reading = read(raw, '');
  return reading.ok ? reading.value : null;
};

/** Turn the typed answers into the readiness check's answers. */
export function toReadinessAnswers(form: SiteForm): ReadinessAnswers {
  const machine = (key: MachineKey): MachineAnswers => {
    const typed = form.machines[key];
    const numbers = Object.fromEntries(hardwareAttributes.map(({ key: attribute }) => [attribute, valueOf(typed[attribute])]));
    return { ...(numbers as Pick<MachineAnswers, (typeof hardwareAttributes)[number]['key']>), hasGigabitNetwork: typed.hasGigabitNetwork, software: typed.software, notes: typed.notes };
  };
  return {
    rooms: form.rooms.map((room) => ({
      name: room.name,
      seats: valueOf(room.seats, readCount),
      servers: valueOf(room.servers, readCount),
      proctorMachines: valueOf(room.proctorMachines, readCount),
      candidateMachines: valueOf(room.candidateMachines, readCount),
    })),
    machines: { server: machine('server'), proctor: machine('proctor'), candidate: machine('candidate') },
    equipment: form.equipment,
    surveillance: { channels: valueOf(form.surveillance.channels, readCount), megapixels: valueOf(form.surveillance.megapixels) },
    venue: { ...form.venue, seatSpacingMetres: valueOf(form.venue.seatSpacingMetres), powerHours: valueOf(form.venue.powerHours) },
    team: Object.fromEntries(Object.entries(form.team).map(([role, answer]) => [role, { count: valueOf(answer.count, readCount), trained: valueOf(answer.trained, readCount) }])),
    facilities: form.facilities,
    otherRequirements: form.otherRequirements,
  };
}
