import { describe, expect, test } from 'vitest';
import { signatureStamp } from '../../../../src/domain/photos/facts';
import { stampProcessing } from '../../../../src/domain/certificates/stamp';
import { encodePng } from '../../../../wizards/certificates/png';
import {
  cropSquare,
  findInkBounds,
  hasTransparentCorners,
  NoStampFoundError,
  processStamp,
  resizeSquare,
} from '../../../../wizards/certificates/stamp-crop';
import { createPixels, removePaper, type Pixels } from '../../../../wizards/certificates/stamp-image';
import { blankPaper, phonePhotoWithShadow, whitePaperScan } from '../../../fixtures/stamp-images';
import { readPng } from './read-png';

const size = signatureStamp.widthPx;
const run = (image: Pixels) => processStamp(image, size, stampProcessing.marginShare);

/** Share of pixels with some ink, and the mean colour of the solid ones. */
function describeInk(image: Pixels) {
  let inked = 0;
  const solid = [0, 0, 0, 0];
  for (let p = 0; p < image.width * image.height; p += 1) {
    const alpha = image.data[p * 4 + 3]!;
    if (alpha > 0) inked += 1;
    if (alpha < 200) continue;
    for (let c = 0; c < 3; c += 1) solid[c]! += image.data[p * 4 + c]!;
    solid[3]! += 1;
  }
  return { inkShare: inked / (image.width * image.height), meanSolid: solid.slice(0, 3).map((sum) => sum / solid[3]!) };
}

describe.each([
  { name: 'a white paper scan', picture: whitePaperScan() },
  { name: 'a phone photo with a shadow', picture: phonePhotoWithShadow() },
])('processStamp on $name', ({ picture }) => {
  const { pixels } = run(picture);

  test('returns a square of the platform’s size', () => {
    expect([pixels.width, pixels.height]).toEqual([signatureStamp.widthPx, signatureStamp.heightPx]);
  });

  test('leaves the corners transparent', () => {
    expect(hasTransparentCorners(pixels)).toBe(true);
  });

  test('keeps the seal red and makes the paper transparent', () => {
    const { inkShare, meanSolid } = describeInk(pixels);
    expect(inkShare).toBeGreaterThan(0.1);
    expect(inkShare).toBeLessThan(0.6);
    const [r, g, b] = meanSolid as [number, number, number];
    expect(r).toBeGreaterThan(150);
    expect(Math.max(g, b)).toBeLessThan(90);
  });

  test('fills the square with the seal, leaving only the margin', () => {
    const bounds = findInkBounds(pixels)!;
    const side = Math.max(bounds.x1 - bounds.x0, bounds.y1 - bounds.y0);
    expect(side).toBeGreaterThanOrEqual(Math.floor(size * (1 - 2 * stampProcessing.marginShare)) - 1);
  });

  test('writes a PNG within the size limit that reads back the same', async () => {
    const bytes = await encodePng(pixels);
    expect(bytes.length).toBeLessThanOrEqual(signatureStamp.maxBytes);
    expect([...readPng(bytes).data]).toEqual([...pixels.data]);
  });
});

describe('removePaper', () => {
  test('makes a shadowed blank sheet fully transparent', () => {
    expect(findInkBounds(removePaper(blankPaper()))).toBeNull();
  });
});

describe('processStamp', () => {
  test('throws NoStampFoundError for a blank sheet', () => {
    expect(() => run(blankPaper())).toThrow(NoStampFoundError);
  });

  test('drops the table at the photo’s edges from the crop', () => {
    const picture = phonePhotoWithShadow();
    const { stampSidePx } = run(picture);
    // The seal's diameter is 0.44 of the short side; the table would stretch the crop to the whole picture.
    expect(stampSidePx).toBeLessThan(picture.height * 0.5);
    expect(stampSidePx).toBeGreaterThan(picture.height * 0.4);
  });
});

describe('cropSquare', () => {
  test('returns a square with transparent padding when the mark is at the picture’s edge', () => {
    const image = createPixels(10, 4);
    image.data.set([255, 0, 0, 255], (0 * 10 + 9) * 4);
    const square = cropSquare(image, { x0: 6, y0: 0, x1: 10, y1: 2 }, 0);
    expect([square.width, square.height]).toEqual([4, 4]);
    expect(findInkBounds(square)).not.toBeNull();
  });
});

describe('resizeSquare', () => {
  test('does not darken edges next to transparent pixels', () => {
    const image = createPixels(2, 2);
    image.data.set([255, 0, 0, 255], 0);
    const [r, g, b, a] = resizeSquare(image, 1).data;
    expect([r, g, b]).toEqual([255, 0, 0]);
    expect(a).toBe(64);
  });
});
