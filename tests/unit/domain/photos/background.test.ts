import { describe, expect, test } from 'vitest';
import { isRedBackground, isRedColour, measureBackground, nameColour } from '../../../../src/domain/photos/background';
import { photoChecks } from '../../../../src/domain/photos/facts';
import { backgrounds, portraitColour } from '../../../fixtures/photos';

/** RGBA pixels painted by a colour function. */
function paint(width: number, height: number, colour: (x: number, y: number) => readonly number[]) {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) data.set([...colour(x, y).slice(0, 3), 255], (y * width + x) * 4);
  }
  return { data, width, height };
}

describe('isRedColour', () => {
  test.each([
    { rgb: [255, 0, 0], expected: true },
    { rgb: [220, 20, 60], expected: true },
    { rgb: [190, 30, 45], expected: true },
    { rgb: [230, 60, 20], expected: true },
    { rgb: [255, 160, 160], expected: false },
    { rgb: [120, 20, 20], expected: true },
    { rgb: [60, 5, 5], expected: false },
    { rgb: [240, 150, 0], expected: false },
    { rgb: [245, 245, 245], expected: false },
    { rgb: [60, 130, 220], expected: false },
  ])('returns $expected for rgb($rgb)', ({ rgb: [r, g, b], expected }) => {
    expect(isRedColour(r, g, b)).toBe(expected);
  });
});

describe('nameColour', () => {
  test.each([
    { rgb: [220, 20, 40], expected: '红色' },
    { rgb: [250, 250, 250], expected: '白色' },
    { rgb: [128, 128, 128], expected: '灰色' },
    { rgb: [20, 20, 20], expected: '黑色' },
    { rgb: [60, 130, 220], expected: '蓝色' },
    { rgb: [40, 200, 40], expected: '其他颜色' },
  ])('returns $expected for rgb($rgb)', ({ rgb: [r, g, b], expected }) => {
    expect(nameColour(r, g, b)).toBe(expected);
  });
});

describe('measureBackground', () => {
  test.each([
    { background: 'red', colourName: '红色', isRed: true },
    { background: 'white', colourName: '白色', isRed: false },
    { background: 'blue', colourName: '蓝色', isRed: false },
  ] as const)('names a $background portrait background $colourName', ({ background, colourName, isRed }) => {
    const measured = measureBackground(paint(59, 83, portraitColour(59, 83, backgrounds[background])));
    expect(measured.colourName).toBe(colourName);
    expect(isRedBackground(measured)).toBe(isRed);
  });

  test('ignores the shoulders at the bottom edge', () => {
    const redTopDarkBottom = paint(60, 80, (_x, y) => (y >= 60 ? [20, 20, 20] : backgrounds.red));
    expect(measureBackground(redTopDarkBottom).redShare).toBe(1);
  });

  test('returns the mean colour as hex', () => {
    expect(measureBackground(paint(10, 10, () => [255, 0, 16])).meanColour).toBe('#ff0010');
  });

  test('reports the share of red border pixels', () => {
    // The left half is red: half of the top band and all of the left band are red.
    const measured = measureBackground(paint(100, 100, (x) => (x < 50 ? backgrounds.red : backgrounds.white)));
    expect(measured.redShare).toBeGreaterThan(0.45);
    expect(measured.redShare).toBeLessThan(photoChecks.redBackgroundMinShare);
  });
});
