import { describe, expect, test } from 'vitest';
import { photoChecks, studentPhoto } from '../../../../src/domain/photos/facts';
import { readImageHeader } from '../../../../src/domain/photos/image-header';
import {
  canFixPhoto,
  checkPhoto,
  classifyPixelSize,
  computeCenterCrop,
  decidePhotoOutcome,
  encodeUnderLimit,
  fitWithin,
  isBlocking,
  isFixable,
  photoFileName,
  type PhotoFacts,
} from '../../../../src/domain/photos/rules';
import type { Background, PhotoFinding } from '../../../../src/domain/photos/schema';
import { samplePhotos } from '../../../fixtures/photos';

const red: Background = { redShare: 0.97, meanColour: '#dc1428', colourName: '红色' };
const white: Background = { redShare: 0.02, meanColour: '#f5f5f5', colourName: '白色' };

/** Facts for a sample file, as the worker would learn them when the browser decodes it. */
function factsOf(bytes: Uint8Array, background: Background = red, isDecodable = true): PhotoFacts {
  const header = readImageHeader(bytes);
  const size = { width: header.width ?? studentPhoto.widthPx, height: header.height ?? studentPhoto.heightPx };
  return { byteLength: bytes.length, header, decoded: isDecodable ? { ...size, background } : undefined };
}

describe('classifyPixelSize', () => {
  test.each([
    { width: 295, height: 413, expected: 'exact' },
    { width: 590, height: 826, expected: 'sameAspect' },
    { width: 270, height: 380, expected: 'sameAspect' },
    { width: 148, height: 207, expected: 'sameAspect' },
    { width: 413, height: 295, expected: 'otherAspect' },
    { width: 358, height: 441, expected: 'otherAspect' },
    { width: 4000, height: 3000, expected: 'otherAspect' },
  ])('returns $expected for $width×$height', ({ width, height, expected }) => {
    expect(classifyPixelSize(width, height)).toBe(expected);
  });
});

describe('computeCenterCrop', () => {
  test.each([
    { source: [295, 413], expected: { x: 0, y: 0, width: 295, height: 413 } },
    { source: [4000, 3000], expected: { x: 928, y: 0, width: 2143, height: 3000 } },
    { source: [3000, 4000], expected: { x: 71, y: 0, width: 2857, height: 4000 } },
    { source: [3000, 5000], expected: { x: 0, y: 400, width: 3000, height: 4200 } },
    { source: [100, 100], expected: { x: 14, y: 0, width: 71, height: 100 } },
  ])('returns $expected for $source', ({ source: [width, height], expected }) => {
    expect(computeCenterCrop(width, height, studentPhoto.widthPx, studentPhoto.heightPx)).toEqual(expected);
  });
});

describe('fitWithin', () => {
  test.each([
    { source: [4000, 3000], expected: { width: 120, height: 90 } },
    { source: [295, 413], expected: { width: 114, height: 160 } },
    { source: [60, 80], expected: { width: 60, height: 80 } },
    { source: [10000, 1], expected: { width: 120, height: 1 } },
  ])('returns $expected for $source', ({ source: [width, height], expected }) => {
    const { widthPx, heightPx } = photoChecks.previewBox;
    expect(fitWithin(width, height, widthPx, heightPx)).toEqual(expected);
  });
});

describe('checkPhoto', () => {
  test.each<{ name: string; facts: () => PhotoFacts; expected: PhotoFinding['code'][] }>([
    { name: 'a correct photo', facts: () => factsOf(samplePhotos.correctRed()), expected: [] },
    { name: 'a white background', facts: () => factsOf(samplePhotos.whiteBackground(), white), expected: ['notRedBackground'] },
    { name: 'a PNG', facts: () => factsOf(samplePhotos.png()), expected: ['png'] },
    { name: 'a CMYK JPEG', facts: () => factsOf(samplePhotos.cmyk()), expected: ['cmyk'] },
    { name: 'a photo at twice the size', facts: () => factsOf(samplePhotos.doubleSize()), expected: ['notExactSize'] },
    { name: 'a landscape phone photo', facts: () => factsOf(samplePhotos.phoneLandscape()), expected: ['wrongAspect'] },
    { name: 'a rotated photo', facts: () => factsOf(samplePhotos.rotated()), expected: ['rotated'] },
    { name: 'a photo over the byte limit', facts: () => factsOf(samplePhotos.overLimit(studentPhoto.maxBytes)), expected: ['tooLarge'] },
    { name: 'a truncated JPEG', facts: () => factsOf(samplePhotos.truncated()), expected: ['damaged'] },
    { name: 'a JPEG the browser cannot decode', facts: () => factsOf(samplePhotos.correctRed(), red, false), expected: ['damaged'] },
    { name: 'a HEIC the browser cannot decode', facts: () => factsOf(samplePhotos.heic(), red, false), expected: ['heic'] },
    { name: 'a HEIC the browser decodes', facts: () => factsOf(samplePhotos.heic()), expected: ['heic'] },
    { name: 'a text file', facts: () => factsOf(samplePhotos.notAnImage(), red, false), expected: ['notImage'] },
    {
      name: 'a small landscape PNG on white',
      facts: () => ({ byteLength: 900, header: { format: 'png', width: 200, height: 150, orientation: 1 }, decoded: { width: 200, height: 150, background: white } }),
      expected: ['png', 'wrongAspect', 'lowResolution', 'notRedBackground'],
    },
  ])('returns $expected for $name', ({ facts, expected }) => {
    expect(checkPhoto(facts()).map((finding) => finding.code)).toEqual(expected);
  });

  test('says whether a HEIC can be converted', () => {
    expect(checkPhoto(factsOf(samplePhotos.heic(), red, false))).toEqual([{ code: 'heic', isDecodable: false }]);
  });

  test('names the real format of a WebP renamed to .jpg', () => {
    const facts: PhotoFacts = { byteLength: 100, header: { format: 'webp', orientation: 1 }, decoded: { width: 295, height: 413, background: red } };
    expect(checkPhoto(facts)).toEqual([{ code: 'wrongFormat', format: 'webp', isDecodable: true }]);
  });
});

const findings: Record<string, PhotoFinding> = {
  wrongAspect: { code: 'wrongAspect', width: 4000, height: 3000 },
  notRed: { code: 'notRedBackground', background: white },
  damaged: { code: 'damaged', reason: 'truncated' },
  png: { code: 'png' },
  heicUnreadable: { code: 'heic', isDecodable: false },
  heicReadable: { code: 'heic', isDecodable: true },
  lowResolution: { code: 'lowResolution', width: 100, height: 140 },
};

describe('isBlocking', () => {
  test.each([
    { finding: 'wrongAspect', expected: true },
    { finding: 'damaged', expected: true },
    { finding: 'notRed', expected: false },
    { finding: 'png', expected: false },
  ])('returns $expected for $finding', ({ finding, expected }) => {
    expect(isBlocking(findings[finding])).toBe(expected);
  });
});

describe('isFixable', () => {
  test.each([
    { finding: 'wrongAspect', expected: true },
    { finding: 'png', expected: true },
    { finding: 'heicReadable', expected: true },
    { finding: 'heicUnreadable', expected: false },
    { finding: 'notRed', expected: false },
    { finding: 'damaged', expected: false },
    { finding: 'lowResolution', expected: false },
  ])('returns $expected for $finding', ({ finding, expected }) => {
    expect(isFixable(findings[finding])).toBe(expected);
  });
});

describe('decidePhotoOutcome', () => {
  test.each([
    { found: [], applyFixes: true, expected: 'accepted' },
    { found: ['notRed'], applyFixes: true, expected: 'accepted' },
    { found: ['wrongAspect'], applyFixes: true, expected: 'fixed' },
    { found: ['wrongAspect'], applyFixes: false, expected: 'rejected' },
    { found: ['wrongAspect', 'notRed'], applyFixes: true, expected: 'fixed' },
    { found: ['png'], applyFixes: true, expected: 'fixed' },
    { found: ['png'], applyFixes: false, expected: 'accepted' },
    { found: ['damaged'], applyFixes: true, expected: 'rejected' },
    { found: ['heicUnreadable'], applyFixes: true, expected: 'rejected' },
    { found: ['heicReadable'], applyFixes: true, expected: 'fixed' },
  ])('returns $expected for $found when fixes are $applyFixes', ({ found, applyFixes, expected }) => {
    expect(decidePhotoOutcome(found.map((name) => findings[name]), applyFixes)).toBe(expected);
  });
});

describe('canFixPhoto', () => {
  test.each([
    { found: [], expected: false },
    { found: ['notRed'], expected: false },
    { found: ['png', 'notRed'], expected: true },
    { found: ['wrongAspect', 'lowResolution'], expected: true },
    { found: ['heicUnreadable'], expected: false },
  ])('returns $expected for $found', ({ found, expected }) => {
    expect(canFixPhoto(found.map((name) => findings[name]))).toBe(expected);
  });
});

describe('photoFileName', () => {
  test.each([
    { outcome: 'accepted', format: 'jpeg', expected: '11010519491231002X.jpg' },
    { outcome: 'fixed', format: 'jpeg', expected: '11010519491231002X.jpg' },
    { outcome: 'fixed', format: 'png', expected: '11010519491231002X.jpg' },
    { outcome: 'accepted', format: 'png', expected: '11010519491231002X.png' },
  ] as const)('returns $expected for a $format photo $outcome', ({ outcome, format, expected }) => {
    expect(photoFileName('11010519491231002X', outcome, { format, orientation: 1 })).toBe(expected);
  });
});

describe('encodeUnderLimit', () => {
  const encodeBySize = (sizes: Record<number, number>) => async (quality: number) => ({ size: sizes[quality] ?? Infinity });

  test('returns the first quality that fits', async () => {
    const result = await encodeUnderLimit(encodeBySize({ 0.9: 120, 0.7: 90, 0.5: 60 }), 100, [0.9, 0.7, 0.5]);
    expect(result).toEqual({ result: { size: 90 }, quality: 0.7 });
  });

  test('accepts a result exactly at the limit', async () => {
    expect((await encodeUnderLimit(encodeBySize({ 0.9: 100 }), 100, [0.9]))?.quality).toBe(0.9);
  });

  test('returns undefined when no quality fits', async () => {
    expect(await encodeUnderLimit(encodeBySize({ 0.9: 300, 0.5: 200 }), 100, [0.9, 0.5])).toBeUndefined();
  });

  test('tries the qualities of the facts from best to worst', async () => {
    const tried: number[] = [];
    await encodeUnderLimit(async (quality) => (tried.push(quality), { size: Infinity }), 1);
    expect(tried).toEqual([...photoChecks.jpegQualitySteps].sort((a, b) => b - a));
  });
});
