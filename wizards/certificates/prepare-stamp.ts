/**
 * Preparing the stamp from the page: check the file (size, then format) before reading
 * it, run the worker, and describe the result against the platform's spec. Cancelling
 * terminates the worker at once.
 */
import { checkStampFile, checkStampOutput, stampProcessing } from '../../src/domain/certificates/stamp';
import { TaskUserError } from '../kit/progress-task';
import type { PreparedStamp } from './context-schema';
import type { StampRequest, StampResponse } from './stamp-protocol';

function runWorker(picture: Blob, signal: AbortSignal): Promise<StampResponse> {
  const worker = new Worker(new URL('./stamp.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<StampResponse>((resolve, reject) => {
    const stop = () => {
      worker.terminate();
      reject(signal.reason);
    };
    signal.addEventListener('abort', stop, { once: true });
    worker.onmessage = ({ data }: MessageEvent<StampResponse>) => resolve(data);
    worker.onerror = (event) => {
      event.preventDefault();
      reject(new Error(event.message || 'stamp worker failed'));
    };
    worker.postMessage({ picture } satisfies StampRequest);
  }).finally(() => worker.terminate());
}

function toDataUrl(png: Uint8Array): string {
  let binary = '';
  for (const byte of png) binary += String.fromCharCode(byte);
  return `data:image/png;base64,${btoa(binary)}`;
}

/** Turn a chosen picture into the platform's stamp image, or fail with a message for the user. */
export async function prepareStamp(picture: File, signal: AbortSignal): Promise<PreparedStamp> {
  const head = new Uint8Array(await picture.slice(0, 8).arrayBuffer());
  const fileCheck = checkStampFile(picture, head);
  if (!fileCheck.ok) throw new TaskUserError(fileCheck.message);
  const result = await runWorker(picture, signal);
  if (!result.ok) throw new TaskUserError(`“${picture.name}”：${result.message}`);
  const notes = [...fileCheck.notes];
  if (result.stampSidePx < stampProcessing.minStampSidePx) {
    notes.push(`图片里的签名章只有约 ${result.stampSidePx} 像素宽，放大后可能发虚；如预览不清楚，请用更高的分辨率重新扫描。`);
  }
  const checks = checkStampOutput({ format: 'png', width: result.width, height: result.height, bytes: result.png.length, hasTransparentCorners: result.hasTransparentCorners });
  return { sourceName: picture.name, dataUrl: toDataUrl(result.png), bytes: result.png.length, checks, notes };
}
