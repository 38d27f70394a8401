import { describe, expect, test } from 'vitest';
import { readExifOrientation } from '../../../../src/domain/photos/jpeg-header';

/** An APP1 payload: "Exif\0\0", a TIFF header in the given byte order, IFD0 with the given entries. */
function exif(order: 'II' | 'MM', entries: Array<[tag: number, value: number]>): Uint8Array {
  const little = order === 'II';
  const tiff = new DataView(new ArrayBuffer(8 + 2 + entries.length * 12 + 4));
  tiff.setUint8(0, order.charCodeAt(0));
  tiff.setUint8(1, order.charCodeAt(1));
  tiff.setUint16(2, 42, little);
  tiff.setUint32(4, 8, little);
  tiff.setUint16(8, entries.length, little);
  entries.forEach(([tag, value], index) => {
    const at = 10 + index * 12;
    tiff.setUint16(at, tag, little);
    tiff.setUint16(at + 2, 3, little);
    tiff.setUint32(at + 4, 1, little);
    tiff.setUint16(at + 8, value, little);
  });
  return Uint8Array.from([...new TextEncoder().encode('Exif\0\0'), ...new Uint8Array(tiff.buffer)]);
}

describe('readExifOrientation', () => {
  test.each([
    { name: 'big-endian orientation 6', payload: exif('MM', [[0x0112, 6]]), expected: 6 },
    { name: 'little-endian orientation 8', payload: exif('II', [[0x010f, 1], [0x0112, 8]]), expected: 8 },
    { name: 'no orientation tag', payload: exif('II', [[0x010f, 1]]), expected: 1 },
    { name: 'an orientation out of range', payload: exif('MM', [[0x0112, 9]]), expected: 1 },
    { name: 'an XMP payload', payload: new TextEncoder().encode('http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>'), expected: 1 },
    { name: 'a cut-off EXIF block', payload: exif('MM', [[0x0112, 6]]).slice(0, 20), expected: 1 },
  ])('returns $expected for $name', ({ payload, expected }) => {
    expect(readExifOrientation(payload)).toBe(expected);
  });
});
