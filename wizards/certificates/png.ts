/**
 * Writing RGBA pixels as a PNG file, with the browser's own deflate
 * (`CompressionStream`, also in Node), so the worker needs no canvas to encode and
 * tests can encode and read the very same bytes.
 */
import { crc32 } from '../kit/crc32';
import type { Pixels } from './stamp-image';

const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function chunk(type: string, body: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + body.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, body.length);
  out.set([...type].map((char) => char.charCodeAt(0)), 4);
  out.set(body, 8);
  view.setUint32(8 + body.length, crc32(out.subarray(4, 8 + body.length)));
  return out;
}

/** Compress with zlib framing, as PNG's IDAT chunk requires. */
async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Encode RGBA pixels as an 8-bit RGBA PNG (every row with filter 0). */
export async function encodePng(image: Pixels): Promise<Uint8Array> {
  const { width, height, data } = image;
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type 6 (RGBA), deflate, no filter method, no interlace
  const raw = new Uint8Array(height * (width * 4 + 1));
  for (let y = 0; y < height; y += 1) raw.set(data.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  return assemblePng(header, await deflate(raw));
}

/** Return a whole PNG file from its 13-byte IHDR body and the zlib-compressed image data. */
export function assemblePng(header: Uint8Array, compressed: Uint8Array): Uint8Array<ArrayBuffer> {
  const parts = [new Uint8Array(signature), chunk('IHDR', header), chunk('IDAT', compressed), chunk('IEND', new Uint8Array())];
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
