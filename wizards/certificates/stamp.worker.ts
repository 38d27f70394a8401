/**
 * The stamp worker: decodes the picture, scales it down on an OffscreenCanvas, removes
 * the paper, crops and encodes the PNG, so a big photo never blocks the page.
 * Loaded with `new Worker(new URL(...), { type: 'module' })`.
 */
import { signatureStamp } from '../../src/domain/photos/facts';
import { stampProcessing } from '../../src/domain/certificates/stamp';
import { encodePng } from './png';
import { hasTransparentCorners, NoStampFoundError, processStamp } from './stamp-crop';
import type { StampRequest, StampResponse } from './stamp-protocol';

// The project's TypeScript lib is the DOM's; a worker's global scope needs only these two.
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<StampRequest>) => void) | null;
  postMessage(message: StampResponse): void;
};

async function decode(picture: Blob): Promise<ImageData> {
  const bitmap = await createImageBitmap(picture).catch(() => {
    throw new StampWorkerError('无法读取这张图片：文件可能已损坏或只下载了一半。请重新扫描或拍照后上传 PNG 或 JPG 图片。');
  });
  const { width, height } = bitmap;
  if (width * height > stampProcessing.maxInputPixels) {
    bitmap.close();
    throw new StampWorkerError(`图片有 ${width}×${height} 像素，太大了。请只扫描签名章所在的区域（300 dpi 即可），或缩小后再上传。`);
  }
  const scale = Math.min(1, stampProcessing.workingLongSidePx / Math.max(width, height));
  const canvas = new OffscreenCanvas(Math.max(1, Math.round(width * scale)), Math.max(1, Math.round(height * scale)));
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

/** A failure with a message meant for the user. */
class StampWorkerError extends Error {}

scope.onmessage = async ({ data: { picture } }) => {
  try {
    const image = await decode(picture);
    const { pixels, stampSidePx } = processStamp(image, signatureStamp.widthPx, stampProcessing.marginShare);
    const png = await encodePng(pixels);
    scope.postMessage({ ok: true, png, width: pixels.width, height: pixels.height, hasTransparentCorners: hasTransparentCorners(pixels), stampSidePx });
  } catch (error) {
    if (error instanceof StampWorkerError) return scope.postMessage({ ok: false, message: error.message });
    if (error instanceof NoStampFoundError) {
      return scope.postMessage({
        ok: false,
        message: '在图片里没有找到签名章的印迹。请确认签名章盖在白纸上、印迹清楚，光线均匀，然后重新扫描或拍照。',
      });
    }
    scope.postMessage({ ok: false, message: `处理图片时出错（${error instanceof Error ? error.message : String(error)}），请换一张图片重试。` });
  }
};
