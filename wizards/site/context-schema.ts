/**
 * The site wizard's draft: what it owns and saves (the answers as typed, the last
 * errors), as a zod schema, and its context type. Loaded on start, so zod stays out
 * of the page's first JavaScript; the machine imports only the types.
 */
import { z } from '../../src/domain/zod';
import type { DraftSpec } from '../kit/draft-envelope';
import type { WorkspaceContext } from '../kit/wizard-machine';
import { draftIdentity } from '../draft-identity';

const text = z.string();
const list = z.array(z.string());
const MachineFormSchema = z.object({
  cpuCores: text,
  cpuGhz: text,
  memoryGb: text,
  diskGb: text,
  diskRpm: text,
  graphicsGb: text,
  hasGigabitNetwork: z.boolean(),
  software: list,
  notes: list,
});

/** The draft's shape. Drafts saved before the workspace left them also carried `school`: dropped on load. */
export const SiteDraftSchema = z.object({
  form: z.object({
    schoolName: text,
    isPilotSchool: z.enum(['', 'yes', 'no']),
    hasFiledBefore: z.enum(['', 'yes', 'no']),
    rooms: z.array(z.object({ name: text, seats: text, servers: text, proctorMachines: text, candidateMachines: text })),
    machines: z.object({ server: MachineFormSchema, proctor: MachineFormSchema, candidate: MachineFormSchema }),
    equipment: z.record(z.string(), list),
    surveillance: z.object({ channels: text, megapixels: text }),
    venue: z.object({ conditions: list, seatSpacingMetres: text, hasOtherIsolation: z.boolean(), powerHours: text, hasDualPower: z.boolean() }),
    team: z.record(z.string(), z.object({ count: text, trained: text })),
    facilities: list,
    otherRequirements: z.array(z.int()),
  }),
  errors: z.array(z.object({ field: z.string(), message: z.string() })),
});

/** The machine's context: the draft, and the shared workspace (never saved in the draft). */
export type SiteContext = z.infer<typeof SiteDraftSchema> & WorkspaceContext;

/** The site wizard's draft: slug, version and schema. */
export const siteDraftSpec: DraftSpec<unknown> = { ...draftIdentity('site'), schema: SiteDraftSchema, migrations: {} };
