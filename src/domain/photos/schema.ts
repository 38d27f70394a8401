import { z } from 'zod';

/** Requirements an uploaded image must meet. */
export const ImageSpecSchema = z.object({
  /** Accepted formats by content, lower-case extension names. */
  formats: z.array(z.enum(['jpg', 'png'])).min(1),
  /** Largest accepted file, in bytes. */
  maxBytes: z.int().positive(),
  /** The limit as the manual writes it, e.g. 5M. */
  maxBytesLabel: z.string(),
  /** Pixel width and height the platform asks for. */
  widthPx: z.int().positive(),
  heightPx: z.int().positive(),
  /** Printed size, where the manual gives one. */
  printSize: z.string().optional(),
  /** Required background, in the manual's words. */
  background: z.string(),
});
export type ImageSpec = z.infer<typeof ImageSpecSchema>;
