/**
 * The pilot wizard's text boxes: their ids (also the keys of the typed answers and
 * the ids errors link to). Text boxes keep exactly what was typed. No zod here: the
 * machine, the steps and the draft schema all read this list.
 */

/** Ids of every text box of the wizard, which are also the keys of the typed answers. */
export const pilotFields = [
  'schoolName',
  'batch',
  'windowStart',
  'windowEnd',
  /** The 专业名称 box beside 「添加到列表」. */
  'majorDraft',
  'trainees',
  'teachersTotal',
  'teachersSenior',
  'teachersDual',
  'teachersTrained',
  'teachersExtra',
  'facilityRooms',
  'facilityMachines',
  'facilitySoftware',
  'facilityExtra',
  'teacherText',
  'facilityText',
  'evidence',
] as const;

/** Every text box of the wizard, as typed. */
export type PilotForm = Record<(typeof pilotFields)[number], string>;

/** Return a form with every box empty, or with the given boxes filled. */
export function createPilotForm(filled: Partial<PilotForm> = {}): PilotForm {
  return { ...(Object.fromEntries(pilotFields.map((field) => [field, ''])) as PilotForm), ...filled };
}
export type PilotField = keyof PilotForm;
