/**
 * Rules for checking and fixing a student photo against the platform's requirements
 * (手册 第三章 三 2): format, byte size, pixel size, background; and the geometry and
 * re-encoding of a fix. Everything here is pure; the browser work lives in the wizard.
 */
import { isRedBackground } from './background';
import { photoChecks, photoFindingSeverity, studentPhoto } from './facts';
import type { CheckedPhoto, ImageFormat, ImageHeader, ImageSpec, PhotoFinding, PhotoOutcome } from './schema';

/** A rectangle in pixels. */
export interface PixelRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How a pixel size compares with the required one. */
export type PixelSizeFit = 'exact' | 'sameAspect' | 'otherAspect';

/** Compare a pixel size with the spec: exactly it, the same aspect ratio, or another ratio. */
export function classifyPixelSize(width: number, height: number, spec: ImageSpec = studentPhoto): PixelSizeFit {
  if (width === spec.widthPx && height === spec.heightPx) return 'exact';
  const ratio = width / height / (spec.widthPx / spec.heightPx);
  return Math.abs(ratio - 1) <= photoChecks.aspectRatioTolerance ? 'sameAspect' : 'otherAspect';
}

/** Return the largest centred rectangle of a source with the target's aspect ratio. */
export function computeCenterCrop(sourceWidth: number, sourceHeight: number, targetWidth: number, targetHeight: number): PixelRect {
  const isWider = sourceWidth * targetHeight > sourceHeight * targetWidth;
  const width = isWider ? Math.round((sourceHeight * targetWidth) / targetHeight) : sourceWidth;
  const height = isWider ? sourceHeight : Math.round((sourceWidth * targetHeight) / targetWidth);
  return {
    x: Math.floor((sourceWidth - width) / 2),
    y: Math.floor((sourceHeight - height) / 2),
    width,
    height,
  };
}

/** Return the size of a source scaled down (never up) to fit a box, keeping its aspect ratio. */
export function fitWithin(sourceWidth: number, sourceHeight: number, boxWidth: number, boxHeight: number) {
  const scale = Math.min(1, boxWidth / sourceWidth, boxHeight / sourceHeight);
  return {
    width: Math.max(1, Math.round(sourceWidth * scale)),
    height: Math.max(1, Math.round(sourceHeight * scale)),
  };
}

/** What is known about one photo file after reading its bytes and trying to decode it. */
export type PhotoFacts = Omit<CheckedPhoto, 'findings'>;

/** Return every finding for a photo. */
export function checkPhoto({ byteLength, header, decoded }: PhotoFacts, spec: ImageSpec = studentPhoto): PhotoFinding[] {
  if (header.damage) return [{ code: 'damaged', reason: header.damage }];
  if (!decoded) return [describeUndecoded(header.format)];
  return [...checkFormat(header.format), ...checkDecoded(byteLength, header, decoded, spec)];
}

/** The one finding for a file the browser could not decode. */
function describeUndecoded(format: ImageFormat): PhotoFinding {
  switch (format) {
    case 'jpeg':
    case 'png':
      return { code: 'damaged', reason: 'undecodable' };
    case 'heic':
      return { code: 'heic', isDecodable: false };
    case 'unknown':
      return { code: 'notImage' };
    default:
      return { code: 'wrongFormat', format, isDecodable: false };
  }
}

/** Findings about the format of a decoded image: JPEG is right, PNG allowed, others converted. */
function checkFormat(format: ImageFormat): PhotoFinding[] {
  switch (format) {
    case 'jpeg':
      return [];
    case 'png':
      return [{ code: 'png' }];
    case 'heic':
      return [{ code: 'heic', isDecodable: true }];
    default:
      return [{ code: 'wrongFormat', format, isDecodable: true }];
  }
}

function checkDecoded(byteLength: number, header: ImageHeader, decoded: NonNullable<PhotoFacts['decoded']>, spec: ImageSpec): PhotoFinding[] {
  const findings: PhotoFinding[] = [];
  const { width, height, background } = decoded;
  if (header.components === 4) findings.push({ code: 'cmyk' });
  if (byteLength > spec.maxBytes) findings.push({ code: 'tooLarge', bytes: byteLength });
  const fit = classifyPixelSize(width, height, spec);
  if (fit === 'otherAspect') findings.push({ code: 'wrongAspect', width, height });
  if (fit === 'sameAspect') findings.push({ code: 'notExactSize', width, height });
  const crop = computeCenterCrop(width, height, spec.widthPx, spec.heightPx);
  if (crop.width < spec.widthPx) findings.push({ code: 'lowResolution', width, height });
  if (header.orientation !== 1) findings.push({ code: 'rotated', orientation: header.orientation });
  if (!isRedBackground(background)) findings.push({ code: 'notRedBackground', background });
  return findings;
}

/** True when the finding stops a photo from being packed as it is. */
export function isBlocking(finding: PhotoFinding): boolean {
  return photoFindingSeverity[finding.code] === 'error';
}

/** True when re-encoding as a 295×413 RGB JPEG removes the finding. */
export function isFixable(finding: PhotoFinding): boolean {
  switch (finding.code) {
    case 'heic':
    case 'wrongFormat':
      return finding.isDecodable;
    case 'cmyk':
    case 'tooLarge':
    case 'wrongAspect':
    case 'notExactSize':
    case 'rotated':
    case 'png':
      return true;
    default:
      return false;
  }
}

/** True when a fix would change the photo: some finding can be fixed and none blocks for good. */
export function canFixPhoto(findings: readonly PhotoFinding[]): boolean {
  return findings.some(isFixable) && !findings.some((finding) => isBlocking(finding) && !isFixable(finding));
}

/** Decide what happens to a photo, given whether the user asked for fixes. */
export function decidePhotoOutcome(findings: readonly PhotoFinding[], applyFixes: boolean): PhotoOutcome {
  if (applyFixes && canFixPhoto(findings)) return 'fixed';
  return findings.some(isBlocking) ? 'rejected' : 'accepted';
}

/** Return the name of a photo in the pack: `证件号码.jpg`, or `.png` for a PNG packed as it is. */
export function photoFileName(documentNumber: string, outcome: PhotoOutcome, header: ImageHeader): string {
  const extension = outcome === 'accepted' && header.format === 'png' ? 'png' : 'jpg';
  return `${documentNumber}.${extension}`;
}

/** Encode at each quality in turn until the result fits the limit; undefined when none does. */
export async function encodeUnderLimit<T extends { size: number }>(
  encode: (quality: number) => Promise<T>,
  maxBytes: number,
  qualities: readonly number[] = photoChecks.jpegQualitySteps,
): Promise<{ result: T; quality: number } | undefined> {
  for (const quality of qualities) {
    const result = await encode(quality);
    if (result.size <= maxBytes) return { result, quality };
  }
  return undefined;
}
