/**
 * Preparing the responsible person's signature stamp (签名章) for upload
 * (手册 第五章 二 注意事项 2; the image spec is `signatureStamp` in ../photos/facts.ts).
 * The limits on what the tool accepts as input are our product decisions: they keep
 * an old office PC from running out of memory, and say how to make a smaller file.
 */
import { signatureStamp } from '../photos/facts';

/** What the stamp tool accepts and produces. */
export const stampProcessing = {
  /** Largest input file: a 300 dpi scan of the stamp area or a phone photo is far below it. */
  maxInputBytes: 10 * 1024 * 1024,
  /** Largest decoded image, in pixels (about a 40-megapixel photo). */
  maxInputPixels: 40_000_000,
  /** The picture is scaled down to at most this many pixels on its long side before processing. */
  workingLongSidePx: 1200,
  /** An image whose stamp is smaller than this (in pixels, either side) is enlarged and may blur. */
  minStampSidePx: signatureStamp.widthPx,
  /** Transparent margin around the stamp, as a share of its longer side. */
  marginShare: 0.06,
} as const;

/** Image formats told apart by their first bytes. */
export type ImageFormat = 'png' | 'jpg' | 'other';

/** Return the format of a file from its first bytes (the name's extension is not trusted). */
export function detectImageFormat(head: Uint8Array): ImageFormat {
  if (head[0] === 0x89 && head[1] === 0x50 && head[2] === 0x4e && head[3] === 0x47) return 'png';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpg';
  return 'other';
}

/** Format a byte count for people: 20.0 MB, 3.2 KB. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Whether an input file can be processed, with the message to show when it cannot, or notes when it can. */
export type StampFileCheck = { ok: true; format: 'png' | 'jpg'; notes: string[] } | { ok: false; message: string };

/** Check an input file before decoding it: size first (cheap), then format. */
export function checkStampFile(file: { name: string; size: number }, head: Uint8Array): StampFileCheck {
  if (file.size === 0) return { ok: false, message: `“${file.name}”是空文件，请重新扫描或拍照后上传。` };
  if (file.size > stampProcessing.maxInputBytes) {
    return {
      ok: false,
      message: `“${file.name}”有 ${formatBytes(file.size)}，超过本工具能处理的 ${formatBytes(stampProcessing.maxInputBytes)}。请只扫描签名章所在的一小块区域（300 dpi 即可），或用手机拍一张照片再上传。`,
    };
  }
  const format = detectImageFormat(head);
  if (format === 'other') {
    return { ok: false, message: `“${file.name}”不是 PNG 或 JPG 图片（也可能已损坏）。请把签名章扫描或拍照，保存为 PNG 或 JPG 后上传。` };
  }
  const notes = format === 'jpg' ? ['这是 JPG 图片：平台只收 PNG，本工具会去掉底色并转换为 PNG。'] : [];
  return { ok: true, format, notes };
}

/** One requirement of the platform checked on the produced file. */
export interface StampOutputCheck {
  label: string;
  isMet: boolean;
  found: string;
}

/** Check a produced image against the platform's signature-stamp spec. */
export function checkStampOutput(output: { format: ImageFormat; width: number; height: number; bytes: number; hasTransparentCorners: boolean }): StampOutputCheck[] {
  const { widthPx, heightPx, maxBytes, maxBytesLabel } = signatureStamp;
  return [
    { label: 'PNG 格式', isMet: output.format === 'png', found: output.format.toUpperCase() },
    { label: '正方形', isMet: output.width === output.height, found: `${output.width}×${output.height} 像素` },
    // The manual gives the size as a recommendation (尺寸建议), not a limit.
    { label: `尺寸建议 ${widthPx}×${heightPx} 像素`, isMet: output.width === widthPx && output.height === heightPx, found: `${output.width}×${output.height} 像素` },
    { label: `大小不超过 ${maxBytesLabel}`, isMet: output.bytes <= maxBytes, found: formatBytes(output.bytes) },
    { label: signatureStamp.background, isMet: output.hasTransparentCorners, found: output.hasTransparentCorners ? '四角透明' : '四角不透明' },
  ];
}
