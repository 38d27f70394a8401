/** Photo and signature-stamp requirements of the platform. */
import type { ImageFormat, ImageSpec, PhotoFindingCode, StudentPhotoStatus } from './schema';

/**
 * 手册 第三章 三 2: the student's 小一寸 photo, named 「身份证号.jpg」 and uploaded as
 * one .zip. "5M 以内" is read as 5 000 000 bytes, the stricter of 5 MB and 5 MiB,
 * so a photo that passes here passes either reading.
 */
export const studentPhoto: ImageSpec = {
  formats: ['jpg', 'png'],
  maxBytes: 5_000_000,
  maxBytesLabel: '5M',
  widthPx: 295,
  heightPx: 413,
  printSize: '2.7cm x 3.8cm（宽*长）',
  background: '红色',
};

/** 手册 第三章 三 2: photo file name pattern and package. */
export const photoPackage = {
  fileNamePattern: '身份证号.jpg',
  archiveFormat: '.zip',
  /** 手册: slight differences in print size between 小一寸 photos can be ignored. */
  sizeTolerance: '个别小一寸照片有尺寸的稍微差别，这个可以忽略，只要是小一寸照片即可。',
} as const;

/**
 * 手册 第五章 二 注意事项 2: the site head's signature stamp: PNG, no background,
 * square, at most 1M (read as 1 000 000 bytes, as above); 95×95 px is the manual's
 * 尺寸建议, a recommended size, not a limit.
 */
export const signatureStamp: ImageSpec = {
  formats: ['png'],
  maxBytes: 1_000_000,
  maxBytesLabel: '1M',
  widthPx: 95,
  heightPx: 95,
  background: '无底色（透明）',
};

/**
 * How photos are checked and fixed. Product decisions, not from the manual: the manual
 * gives only 295×413 px and 红色; DOMAIN.md asks to accept the same aspect ratio and to
 * treat the background colour as a warning.
 */
export const photoChecks = {
  /** Width:height within 1% of 295:413 counts as the same ratio (2.7:3.8 is 0.5% off). */
  aspectRatioTolerance: 0.01,
  /** Border band sampled for the background, as a share of the width and of the height. */
  borderBand: 0.08,
  /** Side borders are sampled only in this top share of the height: below are the shoulders. */
  sideBorderHeightShare: 0.6,
  /** A background is red when at least this share of its border pixels is red. */
  redBackgroundMinShare: 0.6,
  /** A pixel is red when its hue is this close to 0°, and saturation and value reach these. */
  red: { maxHueDistanceDeg: 25, minSaturation: 0.4, minValue: 0.3 },
  /** Below this saturation a colour is white, grey or black; above this value it is white. */
  neutral: { maxSaturation: 0.15, minWhiteValue: 0.85, maxBlackValue: 0.2 },
  /** Hue range of blue backgrounds, degrees. */
  blueHueDeg: [190, 260] as const,
  /** JPEG qualities tried in turn until the fixed photo is under the byte limit. */
  jpegQualitySteps: [0.92, 0.85, 0.75, 0.6, 0.45, 0.3] as const,
  /** Box the "before" preview of a photo fits in, px. */
  previewBox: { widthPx: 120, heightPx: 160 },
} as const;

/** Whether each finding blocks packing (error) or is reported only (warning). */
export const photoFindingSeverity: Record<PhotoFindingCode, 'error' | 'warning'> = {
  notImage: 'error',
  damaged: 'error',
  heic: 'error',
  wrongFormat: 'error',
  cmyk: 'error',
  tooLarge: 'error',
  wrongAspect: 'error',
  notExactSize: 'warning',
  lowResolution: 'warning',
  rotated: 'warning',
  png: 'warning',
  notRedBackground: 'warning',
};

/** Names of image formats as users know them. */
export const imageFormatLabels: Record<ImageFormat, string> = {
  jpeg: 'JPEG（jpg）',
  png: 'PNG',
  heic: 'HEIC/HEIF（苹果手机照片）',
  avif: 'AVIF',
  webp: 'WebP',
  gif: 'GIF',
  bmp: 'BMP',
  tiff: 'TIFF',
  pdf: 'PDF',
  unknown: '其他图片',
};

/** How a photo was matched to its student, as the manifest and the screens say it. */
export const photoMatchLabels = {
  documentNumber: '文件名为证件号码',
  name: '文件名为学生姓名',
} as const;

/** Labels of a student's photo status in the manifest and on screen. */
export const studentPhotoStatusLabels: Record<StudentPhotoStatus, string> = {
  matched: '合格',
  fixed: '已修复',
  missing: '缺少照片',
  problem: '有问题',
};

/**
 * Files that operating systems put into folders and zips beside photos, never photos
 * themselves: macOS resource forks and indexes, Windows thumbnails and folder settings.
 */
export const ignoredArchiveEntries = {
  folders: ['__MACOSX'],
  fileNames: ['thumbs.db', 'desktop.ini', '.ds_store'],
  /** Names starting with this are hidden files (e.g. macOS `._photo.jpg`). */
  hiddenPrefix: '.',
} as const;
