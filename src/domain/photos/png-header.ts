/**
 * Read a PNG's structure without decoding it: pixel size from IHDR, and whether the
 * chunks run on to IEND (a copy cut short loses the end of the file).
 */
import type { ImageHeader } from './schema';

const signatureLength = 8;

function chunkType(bytes: Uint8Array, offset: number): string {
  return String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
}

/** Read a PNG's header; `bytes` must start with the PNG signature. */
export function readPngHeader(bytes: Uint8Array): ImageHeader {
  const header: ImageHeader = { format: 'png', orientation: 1 };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < signatureLength + 8 + 13) return { ...header, damage: 'truncated' };
  if (chunkType(bytes, signatureLength) !== 'IHDR') return { ...header, damage: 'corrupt' };
  const width = view.getUint32(signatureLength + 8);
  const height = view.getUint32(signatureLength + 12);
  if (width === 0 || height === 0) return { ...header, damage: 'corrupt' };

  let offset = signatureLength;
  while (true) {
    if (offset + 12 > bytes.length) return { ...header, width, height, damage: 'truncated' };
    const length = view.getUint32(offset);
    const type = chunkType(bytes, offset);
    const end = offset + 12 + length;
    if (end > bytes.length) return { ...header, width, height, damage: 'truncated' };
    if (type === 'IEND') return { ...header, width, height };
    offset = end;
  }
}
