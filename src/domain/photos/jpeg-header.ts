/**
 * Read a JPEG's structure without decoding it: pixel size, colour components, EXIF
 * orientation, and whether the file is complete. Four components mean CMYK, whether the
 * Adobe APP14 marker says CMYK or YCCK: both print colours the platform cannot show. Browsers happily decode the first half
 * of a truncated JPEG and paint the rest grey, so completeness must be checked here.
 */
import type { ImageHeader } from './schema';

const marker = {
  startOfImage: 0xd8,
  endOfImage: 0xd9,
  startOfScan: 0xda,
  exif: 0xe1,
} as const;

/** SOF0–SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC). */
function isStartOfFrame(code: number): boolean {
  return code >= 0xc0 && code <= 0xcf && code !== 0xc4 && code !== 0xc8 && code !== 0xcc;
}

/** Markers with no length field: TEM and the restart markers RST0–RST7. */
function isStandalone(code: number): boolean {
  return code === 0x01 || (code >= 0xd0 && code <= 0xd7);
}

function readAscii(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length));
}

/** Return the EXIF orientation (1–8) in an APP1 payload, or 1 when there is none. */
export function readExifOrientation(payload: Uint8Array): number {
  if (payload.length < 14 || readAscii(payload, 0, 6) !== 'Exif\0\0') return 1;
  const tiff = new DataView(payload.buffer, payload.byteOffset + 6, payload.length - 6);
  const order = readAscii(payload, 6, 2);
  if (order !== 'II' && order !== 'MM') return 1;
  const little = order === 'II';
  const ifd = tiff.getUint32(4, little);
  if (ifd + 2 > tiff.byteLength) return 1;
  const entries = tiff.getUint16(ifd, little);
  for (let index = 0; index < entries; index++) {
    const entry = ifd + 2 + index * 12;
    if (entry + 12 > tiff.byteLength) return 1;
    if (tiff.getUint16(entry, little) === 0x0112) {
      const value = tiff.getUint16(entry + 8, little);
      return value >= 1 && value <= 8 ? value : 1;
    }
  }
  return 1;
}

/** Return the offset of the next marker after entropy-coded data starting at `from`, or -1. */
function skipEntropyData(bytes: Uint8Array, from: number): number {
  for (let index = from; index + 1 < bytes.length; index++) {
    if (bytes[index] !== 0xff) continue;
    const next = bytes[index + 1];
    // FF00 is a stuffed data byte, FFD0–FFD7 restart markers, FFFF fill: all inside the scan.
    if (next === 0 || (next >= 0xd0 && next <= 0xd7) || next === 0xff) continue;
    return index;
  }
  return -1;
}

/** Read a JPEG's header; `bytes` must start with FF D8. */
export function readJpegHeader(bytes: Uint8Array): ImageHeader {
  const header: ImageHeader = { format: 'jpeg', orientation: 1 };
  let frame: { width: number; height: number; components: number } | undefined;
  let offset = 2;

  while (true) {
    if (offset + 2 > bytes.length) return { ...header, damage: 'truncated' };
    if (bytes[offset] !== 0xff) return { ...header, damage: 'corrupt' };
    const code = bytes[offset + 1];
    if (code === 0xff) {
      offset += 1; // fill byte before a marker
      continue;
    }
    if (code === marker.endOfImage) break;
    if (isStandalone(code)) {
      offset += 2;
      continue;
    }
    if (code === marker.startOfImage) return { ...header, damage: 'corrupt' };
    if (offset + 4 > bytes.length) return { ...header, damage: 'truncated' };
    const length = (bytes[offset + 2] << 8) | bytes[offset + 3];
    if (length < 2) return { ...header, damage: 'corrupt' };
    const end = offset + 2 + length;
    if (end > bytes.length) return { ...header, damage: 'truncated' };
    const payload = bytes.subarray(offset + 4, end);

    if (isStartOfFrame(code) && payload.length >= 6) {
      frame = {
        height: (payload[1] << 8) | payload[2],
        width: (payload[3] << 8) | payload[4],
        components: payload[5],
      };
    } else if (code === marker.exif) {
      header.orientation = readExifOrientation(payload);
    }

    if (code === marker.startOfScan) {
      if (!frame) return { ...header, damage: 'corrupt' };
      const next = skipEntropyData(bytes, end);
      if (next < 0) return { ...header, damage: 'truncated' };
      offset = next;
    } else {
      offset = end;
    }
  }

  if (!frame || frame.width === 0 || frame.height === 0) return { ...header, damage: 'corrupt' };
  // Orientations 5–8 turn the picture a quarter: the displayed width is the stored height.
  const isQuarterTurn = header.orientation >= 5;
  return {
    ...header,
    width: isQuarterTurn ? frame.height : frame.width,
    height: isQuarterTurn ? frame.width : frame.height,
    components: frame.components,
  };
}
