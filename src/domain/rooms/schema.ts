import { z } from '../zod';
import { LevelSchema } from '../certificate/schema';

/** One field of a room on the platform and how to fill it. */
export const RoomFieldSchema = z.object({
  key: z.string(),
  name: z.string(),
  rule: z.string(),
});
export type RoomField = z.infer<typeof RoomFieldSchema>;

/** A room serving one level on exam day, with its candidates in seat order (seats = their number). */
export const RoomLevelPlanSchema = z.object({
  roomName: z.string(),
  level: LevelSchema,
  /** 证件号码 of the candidates, seat 1 first. */
  documentNumbers: z.array(z.string()),
});
export type RoomLevelPlan = z.infer<typeof RoomLevelPlanSchema>;
