/**
 * How the site wizard's progress is saved and read back: the zod schema of the
 * machine's context. Loaded on start, so zod stays out of the page's first JavaScript.
 */
import { z } from '../../src/domain/zod';
import { SchoolSchema } from '../../src/domain/workspace/schema';
import type { DraftSpec } from '../kit/draft-envelope';
import type { SiteContext } from './machine';

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

const SiteContextSchema = z.object({
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
  school: SchoolSchema,
});

/** The site wizard's draft: slug, version and context schema. */
export const siteDraftSpec: DraftSpec<SiteContext> = { slug: 'site', version: 1, schema: SiteContextSchema, migrations: {} };
