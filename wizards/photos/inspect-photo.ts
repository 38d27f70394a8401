/**
 * Check one photo in a worker: read its structure, decode it once, draw the 295×413
 * centre crop (what a fix would upload), measure its background there, and encode the
 * fix and a small preview. The decoded bitmap is closed before returning, so a 12-megapixel
 * photo (48 MB decoded) is released before the next one arrives.
 */
import { measureBackground } from '../../src/domain/photos/background';
import { photoChecks, studentPhoto } from '../../src/domain/photos/facts';
import { readImageHeader } from '../../src/domain/photos/image-header';
import { canFixPhoto, checkPhoto, computeCenterCrop, encodeUnderLimit, fitWithin } from '../../src/domain/photos/rules';
import type { PhotoInspection } from './worker-protocol';

const previewQuality = 0.8;

async function decode(photo: Blob): Promise<ImageBitmap | undefined> {
  try {
    // 'from-image' applies the EXIF orientation, so width and height are as displayed.
    return await createImageBitmap(photo, { imageOrientation: 'from-image' });
  } catch {
    return undefined;
  }
}

/** Draw a bitmap on white: transparent parts of a PNG would turn black in a JPEG. */
function drawOnWhite(image: ImageBitmap): OffscreenCanvas {
  const canvas = new OffscreenCanvas(image.width, image.height);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, image.width, image.height);
  context.drawImage(image, 0, 0);
  image.close();
  return canvas;
}

// createImageBitmap's own resize is several times faster than drawImage from a 12-megapixel bitmap.
async function drawCrop(bitmap: ImageBitmap): Promise<OffscreenCanvas> {
  const { widthPx, heightPx } = studentPhoto;
  const crop = computeCenterCrop(bitmap.width, bitmap.height, widthPx, heightPx);
  const options: ImageBitmapOptions = { resizeWidth: widthPx, resizeHeight: heightPx, resizeQuality: 'high' };
  return drawOnWhite(await createImageBitmap(bitmap, crop.x, crop.y, crop.width, crop.height, options));
}

async function renderPreview(bitmap: ImageBitmap): Promise<Blob> {
  const { widthPx, heightPx } = photoChecks.previewBox;
  const size = fitWithin(bitmap.width, bitmap.height, widthPx, heightPx);
  const options: ImageBitmapOptions = { resizeWidth: size.width, resizeHeight: size.height, resizeQuality: 'high' };
  const canvas = drawOnWhite(await createImageBitmap(bitmap, options));
  return canvas.convertToBlob({ type: 'image/jpeg', quality: previewQuality });
}

async function encodeFix(canvas: OffscreenCanvas): Promise<Blob> {
  const encode = (quality: number) => canvas.convertToBlob({ type: 'image/jpeg', quality });
  const encoded = await encodeUnderLimit(encode, studentPhoto.maxBytes);
  // A 295×413 JPEG is far below any megabyte limit; reaching this means the spec changed.
  if (!encoded) throw new Error(`cannot encode ${canvas.width}×${canvas.height} under ${studentPhoto.maxBytes} bytes`);
  return encoded.result;
}

/** Check one photo and prepare its fix and preview. */
export async function inspectPhoto(photo: Blob): Promise<PhotoInspection> {
  const bytes = new Uint8Array(await photo.arrayBuffer());
  const byteLength = bytes.length;
  const header = readImageHeader(bytes);
  const bitmap = header.damage ? undefined : await decode(photo);
  if (!bitmap) return { byteLength, header, findings: checkPhoto({ byteLength, header }) };

  try {
    const canvas = await drawCrop(bitmap);
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    const decoded = { width: bitmap.width, height: bitmap.height, background: measureBackground(pixels) };
    const findings = checkPhoto({ byteLength, header, decoded });
    const fixed = canFixPhoto(findings) ? await encodeFix(canvas) : undefined;
    return { byteLength, header, decoded, findings, fixed, preview: await renderPreview(bitmap) };
  } finally {
    bitmap.close();
  }
}
