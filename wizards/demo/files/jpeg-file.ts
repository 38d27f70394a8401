/**
 * A tiny baseline JPEG encoder for the demo's sample photos and for test fixtures
 * (tests/fixtures/photos/jpeg-writer.ts): every 8×8 block is one flat colour
 * (DC coefficient only), so the encoder needs no DCT, yet the files are real JPEGs that
 * libjpeg and every browser decode. It can write grey, YCbCr and CMYK (Adobe APP14)
 * files, an EXIF orientation, and padding comments to make a file as large as needed.
 */

/** A colour for the block whose top-left pixel is (x, y): grey [v], RGB [r, g, b] or CMYK [c, m, y, k]. */
export type BlockColour = (x: number, y: number) => readonly number[];

/** Options of {@link writeJpeg}. */
export interface JpegOptions {
  width: number;
  height: number;
  /** 1 grey, 3 YCbCr (from RGB), 4 CMYK written with an Adobe APP14 marker. Default: 3. */
  components?: 1 | 3 | 4;
  colour: BlockColour;
  /** EXIF orientation 1–8 written in an APP1 segment; none when omitted. */
  orientation?: number;
  /** Bytes of comment (COM) segments added before the image data, to make the file large. */
  paddingBytes?: number;
}

// One Huffman table for both DC and AC: symbols 0–11 (DC size categories; AC uses only
// 0x00 = end of block), all with 4-bit codes 0000…1011, so no code is all ones.
const symbolCount = 12;
const codeLength = 4;

class BitWriter {
  private readonly bytes: number[] = [];
  private current = 0;
  private filled = 0;

  write(value: number, length: number) {
    for (let bit = length - 1; bit >= 0; bit--) {
      this.current = (this.current << 1) | ((value >> bit) & 1);
      if (++this.filled === 8) this.flushByte();
    }
  }

  finish(): number[] {
    // Pad the last byte with one-bits, as the standard asks.
    while (this.filled !== 0) this.write(1, 1);
    return this.bytes;
  }

  private flushByte() {
    this.bytes.push(this.current);
    // A 0xFF byte inside entropy data must be followed by a stuffed zero.
    if (this.current === 0xff) this.bytes.push(0);
    this.current = 0;
    this.filled = 0;
  }
}

function segment(marker: number, payload: number[]): number[] {
  const length = payload.length + 2;
  return [0xff, marker, length >> 8, length & 0xff, ...payload];
}

function ascii(text: string): number[] {
  return [...text].map((char) => char.charCodeAt(0));
}

function exifSegment(orientation: number): number[] {
  // Big-endian TIFF header, IFD0 at offset 8 with one entry: Orientation (0x0112), SHORT.
  const tiff = [0x4d, 0x4d, 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0, 0, 0];
  return segment(0xe1, [...ascii('Exif'), 0, 0, ...tiff]);
}

function paddingSegments(bytes: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  const maxPayload = 0xfffd;
  for (let left = bytes; left > 0; left -= maxPayload + 4) {
    const payload = Math.max(0, Math.min(maxPayload, left - 4));
    const comment = new Uint8Array(payload + 4).fill(0x20);
    comment.set([0xff, 0xfe, (payload + 2) >> 8, (payload + 2) & 0xff]);
    out.push(comment);
  }
  return out;
}

function concat(parts: ReadonlyArray<ArrayLike<number>>): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function toComponents(colour: readonly number[], components: number): number[] {
  if (components !== 3) return [...colour];
  const [r, g, b] = colour;
  return [
    0.299 * r + 0.587 * g + 0.114 * b,
    128 - 0.168736 * r - 0.331264 * g + 0.5 * b,
    128 + 0.5 * r - 0.418688 * g - 0.081312 * b,
  ];
}

function writeDcDifference(bits: BitWriter, difference: number) {
  const magnitude = Math.abs(difference);
  const category = magnitude === 0 ? 0 : Math.floor(Math.log2(magnitude)) + 1;
  bits.write(category, codeLength);
  if (category > 0) bits.write(difference > 0 ? difference : difference + (1 << category) - 1, category);
}

/** Return the bytes of a JPEG drawn by `colour`, one flat colour per 8×8 block. */
export function writeJpeg(options: JpegOptions): Uint8Array<ArrayBuffer> {
  const { width, height, colour, orientation, paddingBytes = 0 } = options;
  const components = options.components ?? 3;
  const ids = Array.from({ length: components }, (_, index) => index + 1);
  // Quantising DC by 8 makes the stored value exactly the block's level-shifted mean.
  const quantisation = segment(0xdb, [0, ...new Array(64).fill(8)]);
  const huffmanTable = (tableClass: number) =>
    segment(0xc4, [
      (tableClass << 4) | 0,
      ...Array.from({ length: 16 }, (_, index) => (index + 1 === codeLength ? symbolCount : 0)),
      ...Array.from({ length: symbolCount }, (_, index) => index),
    ]);
  const frame = segment(0xc0, [8, height >> 8, height & 0xff, width >> 8, width & 0xff, components, ...ids.flatMap((id) => [id, 0x11, 0])]);
  const scan = segment(0xda, [components, ...ids.flatMap((id) => [id, 0x00]), 0, 63, 0]);
  const app = components === 4 ? segment(0xee, [...ascii('Adobe'), 0, 100, 0, 0, 0, 0, 0]) : segment(0xe0, [...ascii('JFIF'), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);

  const bits = new BitWriter();
  const previous = new Array(components).fill(0);
  for (let y = 0; y < height; y += 8) {
    for (let x = 0; x < width; x += 8) {
      const values = toComponents(colour(x, y), components);
      for (let index = 0; index < components; index++) {
        const dc = Math.max(-128, Math.min(127, Math.round(values[index]) - 128));
        writeDcDifference(bits, dc - previous[index]);
        previous[index] = dc;
        bits.write(0, codeLength); // end of block: every AC coefficient is zero
      }
    }
  }

  return concat([
    [0xff, 0xd8],
    app,
    orientation ? exifSegment(orientation) : [],
    ...paddingSegments(paddingBytes),
    quantisation,
    huffmanTable(0),
    huffmanTable(1),
    frame,
    scan,
    bits.finish(),
    [0xff, 0xd9],
  ]);
}
