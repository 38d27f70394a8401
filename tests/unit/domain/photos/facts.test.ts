import { describe, expect, test } from 'vitest';
import { photoChecks, signatureStamp, studentPhoto } from '../../../../src/domain/photos/facts';
import { ImageSpecSchema } from '../../../../src/domain/photos/schema';

describe('image specs', () => {
  test.each([
    { name: 'studentPhoto', spec: studentPhoto },
    { name: 'signatureStamp', spec: signatureStamp },
  ])('match their schema: $name', ({ spec }) => {
    expect(() => ImageSpecSchema.parse(spec)).not.toThrow();
  });
});

describe('photoChecks', () => {
  test('lists JPEG qualities from best to worst, all between 0 and 1', () => {
    const steps = [...photoChecks.jpegQualitySteps];
    expect(steps).toEqual([...steps].sort((a, b) => b - a));
    expect(steps.every((quality) => quality > 0 && quality <= 1)).toBe(true);
  });

  test('accepts 2.7 × 3.8 cm photos as the same aspect ratio as 295 × 413 px', () => {
    const printRatio = 2.7 / 3.8;
    const pixelRatio = studentPhoto.widthPx / studentPhoto.heightPx;
    expect(Math.abs(printRatio / pixelRatio - 1)).toBeLessThanOrEqual(photoChecks.aspectRatioTolerance);
  });
});
