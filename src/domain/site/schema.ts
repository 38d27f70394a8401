import { z } from '../zod';

/** Measurable hardware of one machine configuration. */
export const HardwareSchema = z.object({
  cpuCores: z.int().check(z.positive()),
  /** Clock speed in GHz, where the manual gives one ("双核 3.0 以上"). */
  cpuGhz: z.optional(z.number().check(z.positive())),
  memoryGb: z.int().check(z.positive()),
  diskGb: z.int().check(z.positive()),
  /** Disk speed in rpm, where the manual gives one. */
  diskRpm: z.optional(z.int().check(z.positive())),
  /** Dedicated graphics memory in GB, where the manual gives one. */
  graphicsGb: z.optional(z.int().check(z.positive())),
  network: z.string(),
});
export type Hardware = z.infer<typeof HardwareSchema>;

/** A machine type with its recommended and minimum configuration. */
export const MachineSpecSchema = z.object({
  key: z.enum(['server', 'proctor', 'candidate']),
  name: z.string(),
  recommended: HardwareSchema,
  minimum: HardwareSchema,
  /** Software to pre-install (same for both configurations). */
  software: z.array(z.string()),
  /** 备注 column. */
  notes: z.array(z.string()),
});
export type MachineSpec = z.infer<typeof MachineSpecSchema>;

/** Equipment with a requirement but no prescribed model. */
export const EquipmentRequirementSchema = z.object({
  key: z.string(),
  name: z.string(),
  requirement: z.string(),
});
export type EquipmentRequirement = z.infer<typeof EquipmentRequirementSchema>;

/** A non-negative number a user typed, or null while not answered. */
const amount = z._default(z.nullable(z.number().check(z.nonnegative())), null);

/** What a school answers about one kind of machine: the weakest one it has. */
export const MachineAnswersSchema = z.object({
  cpuCores: amount,
  cpuGhz: amount,
  memoryGb: amount,
  diskGb: amount,
  diskRpm: amount,
  /** Dedicated graphics memory; 0 for integrated graphics. */
  graphicsGb: amount,
  hasGigabitNetwork: z._default(z.boolean(), false),
  /** Items of the spec's `software` list that are installed. Default: none. */
  software: z._default(z.array(z.string()), []),
  /** Items of the spec's `notes` list that hold. Default: none. */
  notes: z._default(z.array(z.string()), []),
});
export type MachineAnswers = z.infer<typeof MachineAnswersSchema>;

/** One exam room (机房) as the school describes it. */
export const RoomAnswersSchema = z.object({
  name: z._default(z.string(), ''),
  seats: amount,
  servers: amount,
  proctorMachines: amount,
  candidateMachines: amount,
});
export type RoomAnswers = z.infer<typeof RoomAnswersSchema>;

/** A member role of the site team: how many people, and how many of them trained and passed. */
export const TeamAnswersSchema = z.object({ count: amount, trained: amount });

/** Everything the readiness self-check asks. Every field defaults to "not answered". */
export const ReadinessAnswersSchema = z.object({
  rooms: z._default(z.array(RoomAnswersSchema), []),
  /** Per machine kind of `machineSpecs`. */
  machines: z.prefault(
    z.object({ server: z.prefault(MachineAnswersSchema, {}), proctor: z.prefault(MachineAnswersSchema, {}), candidate: z.prefault(MachineAnswersSchema, {}) }),
    {},
  ),
  /** Features present, per equipment key (`switch`, `jammer`, `identity`, `surveillance`). Default: none. */
  equipment: z._default(z.record(z.string(), z.array(z.string())), {}),
  surveillance: z.prefault(z.object({ channels: amount, megapixels: amount }), {}),
  venue: z.prefault(
    z.object({
      /** Items of `roomConditions` that hold. */
      conditions: z._default(z.array(z.string()), []),
      seatSpacingMetres: amount,
      hasOtherIsolation: z._default(z.boolean(), false),
      powerHours: amount,
      hasDualPower: z._default(z.boolean(), false),
    }),
    {},
  ),
  /** Per `siteTeam` role name. Default: none. */
  team: z._default(z.record(z.string(), TeamAnswersSchema), {}),
  /** Items of `officeEquipment`, `serviceRooms` and `broadcastEquipment` that the site has. Default: none. */
  facilities: z._default(z.array(z.string()), []),
  /** Indexes into `otherRequirements` the school meets (those not checked item by item). Default: none. */
  otherRequirements: z._default(z.array(z.int().check(z.nonnegative())), []),
});
export type ReadinessAnswers = z.infer<typeof ReadinessAnswersSchema>;
export type ReadinessAnswersInput = z.input<typeof ReadinessAnswersSchema>;
