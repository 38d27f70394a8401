import { z } from 'zod';

/** Measurable hardware of one machine configuration. */
export const HardwareSchema = z.object({
  cpuCores: z.int().positive(),
  /** Clock speed in GHz, where the manual gives one ("双核 3.0 以上"). */
  cpuGhz: z.number().positive().optional(),
  memoryGb: z.int().positive(),
  diskGb: z.int().positive(),
  /** Disk speed in rpm, where the manual gives one. */
  diskRpm: z.int().positive().optional(),
  /** Dedicated graphics memory in GB, where the manual gives one. */
  graphicsGb: z.int().positive().optional(),
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
