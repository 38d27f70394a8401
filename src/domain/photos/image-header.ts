/**
 * Recognise an image by its content, never by its file name: phones and cameras save
 * HEIC, WebP or PNG files that users rename to .jpg, and the platform checks content.
 */
import { readJpegHeader } from './jpeg-header';
import { readPngHeader } from './png-header';
import type { ImageFormat, ImageHeader } from './schema';

/** ISO BMFF brands of HEIF files: HEVC-coded (iPhone) and generic image collections. */
const heifBrands = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1', 'mif2']);
const avifBrands = new Set(['avif', 'avis']);

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((byte, index) => bytes[at + index] === byte);
}

function ascii(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length));
}

/** Return the brands of an ISO BMFF `ftyp` box (major first), or [] when there is none. */
function readFileTypeBrands(bytes: Uint8Array): string[] {
  if (bytes.length < 16 || ascii(bytes, 4, 4) !== 'ftyp') return [];
  const size = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0);
  const end = Math.min(size, bytes.length);
  const brands = [ascii(bytes, 8, 4)];
  for (let offset = 16; offset + 4 <= end; offset += 4) brands.push(ascii(bytes, offset, 4));
  return brands;
}

/** Return the format of an image file from its first bytes. */
export function detectImageFormat(bytes: Uint8Array): ImageFormat {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'webp';
  if (ascii(bytes, 0, 4) === 'GIF8') return 'gif';
  if (ascii(bytes, 0, 2) === 'BM') return 'bmp';
  if (ascii(bytes, 0, 4) === 'II*\0' || ascii(bytes, 0, 4) === 'MM\0*') return 'tiff';
  if (ascii(bytes, 0, 5) === '%PDF-') return 'pdf';
  const brands = readFileTypeBrands(bytes);
  // A generic HEIF brand (mif1) also starts AVIF files: an AVIF brand anywhere decides.
  if (brands.some((brand) => avifBrands.has(brand))) return 'avif';
  if (brands.some((brand) => heifBrands.has(brand))) return 'heic';
  return 'unknown';
}

/** Return what a file's bytes say about the image: format, and for JPEG and PNG size and soundness. */
export function readImageHeader(bytes: Uint8Array): ImageHeader {
  const format = detectImageFormat(bytes);
  if (format === 'jpeg') return readJpegHeader(bytes);
  if (format === 'png') return readPngHeader(bytes);
  return { format, orientation: 1 };
}
