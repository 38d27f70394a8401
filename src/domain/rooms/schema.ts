import { z } from 'zod';

/** One field of a room on the platform and how to fill it. */
export const RoomFieldSchema = z.object({
  key: z.string(),
  name: z.string(),
  rule: z.string(),
});
export type RoomField = z.infer<typeof RoomFieldSchema>;
