import { describe, expect, test } from 'vitest';
import { detectImageFormat, readImageHeader } from '../../../../src/domain/photos/image-header';
import { bytesOf, heicHeader, portraitJpeg, samplePhotos } from '../../../fixtures/photos';
import { writeJpeg } from '../../../fixtures/photos/jpeg-writer';
import { writePng } from '../../../fixtures/photos/png-writer';

const riff = (kind: string) => {
  const bytes = bytesOf(`RIFF\0\0\0\0${kind}VP8 `);
  return bytes;
};

describe('detectImageFormat', () => {
  test.each([
    { name: 'a JPEG', bytes: samplePhotos.correctRed(), expected: 'jpeg' },
    { name: 'a CMYK JPEG', bytes: samplePhotos.cmyk(), expected: 'jpeg' },
    { name: 'a PNG', bytes: samplePhotos.png(), expected: 'png' },
    { name: 'an iPhone HEIC', bytes: heicHeader('heic', ['mif1', 'heic']), expected: 'heic' },
    { name: 'a generic HEIF', bytes: heicHeader('mif1', ['heic']), expected: 'heic' },
    { name: 'an AVIF with a HEIF major brand', bytes: heicHeader('mif1', ['avif']), expected: 'avif' },
    { name: 'a WebP', bytes: riff('WEBP'), expected: 'webp' },
    { name: 'a WAV file (RIFF but not WebP)', bytes: riff('WAVE'), expected: 'unknown' },
    { name: 'a GIF', bytes: bytesOf('GIF89a'), expected: 'gif' },
    { name: 'a BMP', bytes: bytesOf('BM'), expected: 'bmp' },
    { name: 'a little-endian TIFF', bytes: bytesOf('II*\0'), expected: 'tiff' },
    { name: 'a big-endian TIFF', bytes: bytesOf('MM\0*'), expected: 'tiff' },
    { name: 'a PDF', bytes: bytesOf('%PDF-1.7'), expected: 'pdf' },
    { name: 'an MP4 video', bytes: heicHeader('isom', ['mp41']), expected: 'unknown' },
    { name: 'a text file', bytes: samplePhotos.notAnImage(), expected: 'unknown' },
    { name: 'an empty file', bytes: new Uint8Array(0), expected: 'unknown' },
  ])('returns $expected for $name', ({ bytes, expected }) => {
    expect(detectImageFormat(bytes)).toBe(expected);
  });
});

describe('readImageHeader', () => {
  test.each([
    { name: 'a 295×413 JPEG', bytes: samplePhotos.correctRed(), expected: { format: 'jpeg', width: 295, height: 413, components: 3, orientation: 1 } },
    { name: 'a 4000×3000 JPEG', bytes: samplePhotos.phoneLandscape(), expected: { format: 'jpeg', width: 4000, height: 3000, components: 3, orientation: 1 } },
    { name: 'a grey JPEG', bytes: writeJpeg({ width: 16, height: 24, components: 1, colour: () => [128] }), expected: { format: 'jpeg', width: 16, height: 24, components: 1, orientation: 1 } },
    { name: 'a CMYK JPEG', bytes: samplePhotos.cmyk(), expected: { format: 'jpeg', width: 295, height: 413, components: 4, orientation: 1 } },
    { name: 'a JPEG stored sideways (orientation 6)', bytes: samplePhotos.rotated(), expected: { format: 'jpeg', width: 295, height: 413, components: 3, orientation: 6 } },
    { name: 'a JPEG mirrored (orientation 2)', bytes: portraitJpeg(40, 56, undefined, { orientation: 2 }), expected: { format: 'jpeg', width: 40, height: 56, components: 3, orientation: 2 } },
    { name: 'a PNG', bytes: samplePhotos.png(), expected: { format: 'png', width: 295, height: 413, orientation: 1 } },
    { name: 'a PNG with alpha', bytes: writePng({ width: 3, height: 5, hasAlpha: true, colour: () => [0, 0, 0, 0] }), expected: { format: 'png', width: 3, height: 5, orientation: 1 } },
    { name: 'a HEIC', bytes: samplePhotos.heic(), expected: { format: 'heic', orientation: 1 } },
  ])('reads $name', ({ bytes, expected }) => {
    expect(readImageHeader(bytes)).toEqual(expected);
  });

  const jpeg = samplePhotos.correctRed();
  const png = samplePhotos.png();
  test.each([
    { name: 'a JPEG cut inside its entropy data', bytes: jpeg.slice(0, jpeg.length - 100), damage: 'truncated' },
    { name: 'a JPEG without its end marker', bytes: jpeg.slice(0, jpeg.length - 2), damage: 'truncated' },
    { name: 'a JPEG cut inside its headers', bytes: jpeg.slice(0, 30), damage: 'truncated' },
    { name: 'a JPEG whose headers are overwritten', bytes: Uint8Array.from([...jpeg.slice(0, 22), 0x00, 0x00, ...jpeg.slice(24)]), damage: 'corrupt' },
    { name: 'a JPEG start marker with nothing after', bytes: Uint8Array.from([0xff, 0xd8, 0xff]), damage: 'truncated' },
    { name: 'a JPEG with no frame before its image data', bytes: Uint8Array.from([0xff, 0xd8, 0xff, 0xda, 0, 2, 0xff, 0xd9]), damage: 'corrupt' },
    { name: 'a JPEG with no frame at all', bytes: Uint8Array.from([0xff, 0xd8, 0xff, 0xd9]), damage: 'corrupt' },
    { name: 'a PNG cut in the middle', bytes: png.slice(0, png.length - 40), damage: 'truncated' },
    { name: 'a PNG without its end chunk', bytes: png.slice(0, png.length - 12), damage: 'truncated' },
    { name: 'a PNG signature only', bytes: png.slice(0, 8), damage: 'truncated' },
  ])('reports $damage for $name', ({ bytes, damage }) => {
    expect(readImageHeader(bytes).damage).toBe(damage);
  });

  test('accepts data after the end marker, as some phones append it', () => {
    const withTrailer = Uint8Array.from([...jpeg, ...bytesOf('MotionPhoto_Data', 200)]);
    expect(readImageHeader(withTrailer).damage).toBeUndefined();
  });
});
