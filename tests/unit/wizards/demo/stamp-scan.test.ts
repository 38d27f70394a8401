import { describe, expect, test } from 'vitest';
import { signatureStamp } from '../../../../src/domain/photos/facts';
import { stampProcessing } from '../../../../src/domain/certificates/stamp';
import { readImageHeader } from '../../../../src/domain/photos/image-header';
import { hasTransparentCorners, processStamp } from '../../../../wizards/certificates/stamp-crop';
import { createPixels } from '../../../../wizards/certificates/stamp-image';
import { drawStampScan, stampScanSide, writeStampScanFile } from '../../../../wizards/demo/files/stamp-scan-file';

/** The scan as the stamp wizard's pixels (RGBA). */
function toPixels() {
  const rgb = drawStampScan();
  const image = createPixels(stampScanSide, stampScanSide);
  for (let pixel = 0; pixel < stampScanSide * stampScanSide; pixel += 1) image.data.set([rgb[pixel * 3]!, rgb[pixel * 3 + 1]!, rgb[pixel * 3 + 2]!, 255], pixel * 4);
  return image;
}

describe('the sample stamp scan', () => {
  test('is a PNG larger than the platform’s stamp, so the wizard has to scale it', () => {
    expect(readImageHeader(writeStampScanFile())).toMatchObject({ format: 'png', width: stampScanSide, height: stampScanSide });
    expect(stampScanSide).toBeGreaterThan(signatureStamp.widthPx);
  });

  test('becomes a transparent square of the platform’s size in the stamp wizard', () => {
    const { pixels } = processStamp(toPixels(), signatureStamp.widthPx, stampProcessing.marginShare);
    expect([pixels.width, pixels.height]).toEqual([signatureStamp.widthPx, signatureStamp.heightPx]);
    expect(hasTransparentCorners(pixels)).toBe(true);
  });
});
