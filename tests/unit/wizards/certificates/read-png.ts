/** Read back an RGBA PNG written with filter 0 on every row (as `encodePng` writes), using Node's zlib. */
import { inflateSync } from 'node:zlib';
import type { Pixels } from '../../../../wizards/certificates/stamp-image';

/** Return the chunks of a PNG file by type, in order. */
export function readPngChunks(bytes: Uint8Array): { type: string; body: Uint8Array; crc: number }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks = [];
  for (let offset = 8; offset < bytes.length; ) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    chunks.push({ type, body: bytes.subarray(offset + 8, offset + 8 + length), crc: view.getUint32(offset + 8 + length) });
    offset += 12 + length;
  }
  return chunks;
}

/** Decode an RGBA PNG with unfiltered rows into pixels. */
export function readPng(bytes: Uint8Array): Pixels & { colourType: number } {
  const chunks = readPngChunks(bytes);
  const header = new DataView(chunks[0]!.body.buffer, chunks[0]!.body.byteOffset, 13);
  const width = header.getUint32(0);
  const height = header.getUint32(4);
  const raw = inflateSync(Buffer.concat(chunks.filter((chunk) => chunk.type === 'IDAT').map((chunk) => chunk.body)));
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    const row = y * (width * 4 + 1);
    if (raw[row] !== 0) throw new Error(`row ${y} uses filter ${raw[row]}`);
    data.set(raw.subarray(row + 1, row + 1 + width * 4), y * width * 4);
  }
  return { width, height, data, colourType: chunks[0]!.body[9]! };
}
