import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { encodePng } from '../../../../wizards/certificates/png';
import { createPixels } from '../../../../wizards/certificates/stamp-image';
import { readPng, readPngChunks } from './read-png';

describe('encodePng', () => {
  const image = createPixels(3, 2);
  image.data.set([255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120]);

  test('writes the PNG signature and the IHDR, IDAT and IEND chunks with valid CRCs', async () => {
    const bytes = await encodePng(image);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const chunks = readPngChunks(bytes);
    expect(chunks.map((chunk) => chunk.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    for (const chunk of chunks) {
      const typed = new Uint8Array([...new TextEncoder().encode(chunk.type), ...chunk.body]);
      expect(chunk.crc).toBe(zlibCrc32(typed));
    }
  });

  test('round-trips every pixel as 8-bit RGBA', async () => {
    const read = readPng(await encodePng(image));
    expect([read.width, read.height, read.colourType]).toEqual([3, 2, 6]);
    expect([...read.data]).toEqual([...image.data]);
  });
});
