/**
 * Run photo checks in the worker, one photo at a time, with progress and cancel.
 * Cancelling terminates the worker at once, so even a photo being decoded stops.
 */
import type { InspectRequest, InspectResponse, PhotoInspection } from './worker-protocol';

/** A photo waiting to be checked: where it came from, and how to read it. */
export interface PhotoSource {
  /** Path as the user sees it: file name, folder path or path inside the zip. */
  path: string;
  /** Read the file's content; called only when the photo's turn comes. */
  read(): Promise<Blob>;
}

/** Options of {@link inspectPhotos}. */
export interface InspectOptions {
  /** Called with each result as soon as it arrives. */
  onResult: (index: number, inspection: PhotoInspection) => void;
  /** Called after each photo with the count done and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting stops the run; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** A running worker that checks one photo per call. */
interface PhotoWorker {
  inspect(photo: Blob): Promise<PhotoInspection>;
  terminate(reason: unknown): void;
}

function startPhotoWorker(): PhotoWorker {
  const worker = new Worker(new URL('./photo.worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, { resolve: (inspection: PhotoInspection) => void; reject: (reason: unknown) => void }>();
  let nextId = 0;
  let stopReason: { reason: unknown } | undefined;
  const rejectAll = (reason: unknown) => {
    for (const { reject } of pending.values()) reject(reason);
    pending.clear();
  };
  worker.onmessage = ({ data }: MessageEvent<InspectResponse>) => {
    const waiting = pending.get(data.id);
    pending.delete(data.id);
    if ('error' in data) waiting?.reject(new Error(data.error));
    else waiting?.resolve(data.inspection);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    rejectAll(new Error(event.message || 'photo worker failed'));
  };
  return {
    inspect(photo) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        if (stopReason) return reject(stopReason.reason);
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, photo } satisfies InspectRequest);
      });
    },
    terminate(reason) {
      stopReason ??= { reason };
      worker.terminate();
      rejectAll(reason);
    },
  };
}

/** Check every photo, one at a time in a worker, reporting each result and the progress. */
export async function inspectPhotos(sources: readonly PhotoSource[], { onResult, onProgress, signal }: InspectOptions): Promise<void> {
  signal?.throwIfAborted();
  const worker = startPhotoWorker();
  const stop = () => worker.terminate(signal?.reason);
  signal?.addEventListener('abort', stop);
  try {
    for (const [index, source] of sources.entries()) {
      const inspection = await worker.inspect(await source.read());
      signal?.throwIfAborted();
      onResult(index, inspection);
      onProgress?.(index + 1, sources.length);
    }
  } finally {
    signal?.removeEventListener('abort', stop);
    worker.terminate(new Error('photo worker stopped'));
  }
}
