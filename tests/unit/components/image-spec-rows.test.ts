import { describe, expect, test } from 'vitest';
import { listImageSpecRows } from '../../../src/components/image-spec-rows';
import { signatureStamp, studentPhoto } from '../../../src/domain/photos/facts';

describe('listImageSpecRows', () => {
  test('lists format, size, pixels, print size and background of the student photo', () => {
    expect(listImageSpecRows(studentPhoto)).toEqual([
      { label: '格式', value: 'jpg、png' },
      { label: '大小', value: '5M 以内' },
      { label: '像素', value: '295 × 413（宽 × 高）' },
      { label: '尺寸', value: studentPhoto.printSize },
      { label: '底色', value: '红色' },
    ]);
  });

  test('leaves out the print size when the image has none', () => {
    expect(listImageSpecRows(signatureStamp).map((row) => row.label)).toEqual(['格式', '大小', '像素', '底色']);
  });
});
