/**
 * The sample photo pack as a .zip, drawn at build time: a head-and-shoulders
 * figure on a red (or, for one case, white) background, mostly JPEG, a few PNG, so the photo wizard's
 * checks and fixes have something real to work on.
 */
import JSZip from 'jszip';
import type { PackPhoto } from '../photo-pack';
import { writeJpeg } from './jpeg-file';
import { writePng } from './png-file';

const backgrounds = { red: [200, 24, 36], white: [246, 246, 246] } as const;
const skins = [[236, 200, 170], [224, 184, 150], [212, 170, 136]] as const;
const shirt = [40, 52, 88] as const;
const hair = [30, 24, 22] as const;

/** Return the RGB pixels of one photo: background, shoulders, hair and face as ellipses scaled to the size. */
export function drawPhoto(photo: PackPhoto): Uint8Array {
  const { width, height } = photo;
  const pixels = new Uint8Array(width * height * 3);
  const centre = width / 2;
  const inside = (x: number, y: number, cx: number, cy: number, rx: number, ry: number) => ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1;
  const skin = skins[photo.seed % skins.length]!;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      let colour: readonly number[] = backgrounds[photo.background];
      if (inside(x, y, centre, height * 1.05, width * 0.5, height * 0.33)) colour = shirt;
      else if (inside(x, y, centre, height * 0.36, width * 0.25, height * 0.23)) colour = hair;
      if (inside(x, y, centre, height * 0.42, width * 0.2, height * 0.2)) colour = skin;
      pixels.set(colour, (y * width + x) * 3);
    }
  }
  return pixels;
}

/** Return one photo's file bytes in its format (a JPEG's 8×8 blocks each take the colour of their top-left pixel). */
export function writePhotoFile(photo: PackPhoto): Uint8Array {
  const pixels = drawPhoto(photo);
  if (photo.format === 'png') return writePng(photo.width, photo.height, pixels);
  const at = (x: number, y: number) => {
    const start = (Math.min(y, photo.height - 1) * photo.width + Math.min(x, photo.width - 1)) * 3;
    return [pixels[start]!, pixels[start + 1]!, pixels[start + 2]!];
  };
  return writeJpeg({ width: photo.width, height: photo.height, colour: at });
}

/** Return the pack as .zip bytes. */
export async function writePhotoPackFile(photos: readonly PackPhoto[]): Promise<Uint8Array<ArrayBuffer>> {
  const zip = new JSZip();
  for (const photo of photos) zip.file(photo.fileName, writePhotoFile(photo));
  // JSZip types its bytes over any buffer; a Response body needs a plain ArrayBuffer's.
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}
