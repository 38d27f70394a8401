/**
 * What the pilot wizard produces: the answers read into the domain's shape, which
 * the result screen lists field by field to copy into the platform's form (and prints
 * as the summary for the school's approval). No files.
 */
import { parseDateInput } from '../../src/domain/calendar/dates';
import { normalizeMajors } from '../../src/domain/pilot/rules';
import type { PilotAnswers } from '../../src/domain/pilot/schema';
import { readCount, readLines } from '../shared/read-input';
import type { PilotContext } from './context-schema';

const countOrNull = (raw: string) => {
  const reading = readCount(raw, '');
  return reading.ok ? reading.value : null;
};

/** Read the typed answers into the domain's shape (blank or invalid numbers become null). */
export function toPilotAnswers({ form, majors }: Pick<PilotContext, 'form' | 'majors'>): PilotAnswers {
  return {
    batch: form.batch.trim(),
    windowStart: parseDateInput(form.windowStart) ?? '',
    windowEnd: parseDateInput(form.windowEnd) ?? '',
    majors: normalizeMajors(majors),
    trainees: countOrNull(form.trainees),
    teachers: {
      total: countOrNull(form.teachersTotal),
      seniorTitle: countOrNull(form.teachersSenior),
      dualQualified: countOrNull(form.teachersDual),
      trainedByOrganisation: countOrNull(form.teachersTrained),
      extra: form.teachersExtra,
    },
    facilities: { rooms: countOrNull(form.facilityRooms), machines: countOrNull(form.facilityMachines), software: readLines(form.facilitySoftware), extra: form.facilityExtra },
    teacherText: form.teacherText,
    facilityText: form.facilityText,
    evidence: readLines(form.evidence),
  };
}
