import { z } from '../zod';

/** Requirements an uploaded image must meet. */
export const ImageSpecSchema = z.object({
  /** Accepted formats by content, lower-case extension names. */
  formats: z.array(z.enum(['jpg', 'png'])).check(z.minLength(1)),
  /** Largest accepted file, in bytes. */
  maxBytes: z.int().check(z.positive()),
  /** The limit as the manual writes it, e.g. 5M. */
  maxBytesLabel: z.string(),
  /** Pixel width and height the platform asks for. */
  widthPx: z.int().check(z.positive()),
  heightPx: z.int().check(z.positive()),
  /** Printed size, where the manual gives one. */
  printSize: z.optional(z.string()),
  /** Required background, in the manual's words. */
  background: z.string(),
});
export type ImageSpec = z.infer<typeof ImageSpecSchema>;

/** Image formats recognised by a file's first bytes, whatever its name says. */
export const ImageFormatSchema = z.enum(['jpeg', 'png', 'heic', 'avif', 'webp', 'gif', 'bmp', 'tiff', 'pdf', 'unknown']);
export type ImageFormat = z.infer<typeof ImageFormatSchema>;

/** Why a file's structure cannot be read as an image. */
export const ImageDamageSchema = z.enum(['truncated', 'corrupt', 'undecodable']);
export type ImageDamage = z.infer<typeof ImageDamageSchema>;

/** What a file's bytes say about the image, before it is decoded. */
export const ImageHeaderSchema = z.object({
  format: ImageFormatSchema,
  /** Pixel width as displayed (EXIF orientation applied), when the header gives it. */
  width: z.optional(z.int().check(z.positive())),
  /** Pixel height as displayed, when the header gives it. */
  height: z.optional(z.int().check(z.positive())),
  /** JPEG colour components: 1 grey, 3 colour, 4 CMYK (or YCCK). */
  components: z.optional(z.int().check(z.positive())),
  /** EXIF orientation 1–8. Default: 1 (upright, or no EXIF). */
  orientation: z._default(z.int().check(z.minimum(1), z.maximum(8)), 1),
  /** Set when the file's structure is broken. */
  damage: z.optional(ImageDamageSchema),
});
export type ImageHeader = z.infer<typeof ImageHeaderSchema>;

/** Names given to a background's mean colour. */
export const ColourNameSchema = z.enum(['红色', '白色', '蓝色', '灰色', '黑色', '其他颜色']);
export type ColourName = z.infer<typeof ColourNameSchema>;

/** How red a photo's background is, measured on its border pixels. */
export const BackgroundSchema = z.object({
  /** Share of sampled border pixels that are red, 0–1. */
  redShare: z.number().check(z.minimum(0), z.maximum(1)),
  /** Mean colour of the sampled border pixels, `#rrggbb`. */
  meanColour: z.string().check(z.regex(/^#[0-9a-f]{6}$/)),
  /** Name of the mean colour. */
  colourName: ColourNameSchema,
});
export type Background = z.infer<typeof BackgroundSchema>;

const pixelSize = { width: z.int().check(z.positive()), height: z.int().check(z.positive()) };

/** One thing found wrong with a photo; severity and fixability follow from the code. */
export const PhotoFindingSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('notImage') }),
  z.object({ code: z.literal('damaged'), reason: ImageDamageSchema }),
  /** HEIC/HEIF; fixable only where the browser can decode it. */
  z.object({ code: z.literal('heic'), isDecodable: z.boolean() }),
  /** Another image format than JPEG or PNG; fixable only where the browser can decode it. */
  z.object({ code: z.literal('wrongFormat'), format: ImageFormatSchema, isDecodable: z.boolean() }),
  z.object({ code: z.literal('cmyk') }),
  z.object({ code: z.literal('tooLarge'), bytes: z.int().check(z.positive()) }),
  z.object({ code: z.literal('wrongAspect'), ...pixelSize }),
  z.object({ code: z.literal('notExactSize'), ...pixelSize }),
  z.object({ code: z.literal('lowResolution'), ...pixelSize }),
  z.object({ code: z.literal('rotated'), orientation: z.int().check(z.minimum(2), z.maximum(8)) }),
  z.object({ code: z.literal('png') }),
  z.object({ code: z.literal('notRedBackground'), background: BackgroundSchema }),
]);
export type PhotoFinding = z.infer<typeof PhotoFindingSchema>;
export type PhotoFindingCode = PhotoFinding['code'];

/** What happens to a checked photo: packed as it is, packed fixed, or left out. */
export const PhotoOutcomeSchema = z.enum(['accepted', 'fixed', 'rejected']);
export type PhotoOutcome = z.infer<typeof PhotoOutcomeSchema>;

/** A student's photo status in the manifest. */
export const StudentPhotoStatusSchema = z.enum(['matched', 'fixed', 'missing', 'problem']);
export type StudentPhotoStatus = z.infer<typeof StudentPhotoStatusSchema>;

/** The two fields of a student that photos are matched against. */
export const PhotoStudentSchema = z.object({
  /** 学生姓名. */
  name: z.string(),
  /** 证件号码. */
  documentNumber: z.string(),
});
export type PhotoStudent = z.infer<typeof PhotoStudentSchema>;

/** A photo file assigned to a student. */
export const PhotoMatchSchema = z.object({
  fileIndex: z.int().check(z.nonnegative()),
  studentIndex: z.int().check(z.nonnegative()),
  /** Whether the file name gave the 证件号码 or the student's name. */
  by: z.enum(['documentNumber', 'name']),
});
export type PhotoMatch = z.infer<typeof PhotoMatchSchema>;

/** A photo file that was not assigned, and why. */
export const UnmatchedPhotoSchema = z.object({
  fileIndex: z.int().check(z.nonnegative()),
  reason: z.enum(['noStudent', 'ambiguousName', 'duplicate']),
  /** Students the name fits (ambiguousName) or who already have a photo (duplicate). Default: []. */
  studentIndexes: z._default(z.array(z.int().check(z.nonnegative())), []),
});
export type UnmatchedPhoto = z.infer<typeof UnmatchedPhotoSchema>;

/** How a set of photo files maps onto the student list. */
export const PhotoMatchResultSchema = z.object({
  /** Files assigned to a student, in file order. */
  matches: z.array(PhotoMatchSchema),
  /** Files assigned to nobody, in file order. */
  unmatched: z.array(UnmatchedPhotoSchema),
  /** Students no file was assigned to, in list order. */
  studentsWithoutPhoto: z.array(z.int().check(z.nonnegative())),
});
export type PhotoMatchResult = z.infer<typeof PhotoMatchResultSchema>;

/** What checking one photo file found: JSON only, so it can be saved with the wizard's progress. */
export const CheckedPhotoSchema = z.object({
  /** File size in bytes. */
  byteLength: z.int().check(z.nonnegative()),
  header: ImageHeaderSchema,
  /** Present when the browser decoded the photo: displayed size and measured background. */
  decoded: z.optional(z.object({ ...pixelSize, background: BackgroundSchema })),
  findings: z.array(PhotoFindingSchema),
});
export type CheckedPhoto = z.infer<typeof CheckedPhotoSchema>;
