/** Photo and signature-stamp requirements of the platform. */
import type { ImageSpec } from './schema';

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
 * square, about 95×95 px, at most 1M (read as 1 000 000 bytes, as above).
 */
export const signatureStamp: ImageSpec = {
  formats: ['png'],
  maxBytes: 1_000_000,
  maxBytesLabel: '1M',
  widthPx: 95,
  heightPx: 95,
  background: '无底色（透明）',
};
