/**
 * Builds the candidate wizard's result files (the import files, the 问题清单) off the page's
 * thread, so writing 50 000 rows never freezes it. Loaded with
 * `new Worker(new URL(...), { type: 'module' })` by `result-files.ts`.
 */
import { buildResultFileHere, type ResultFileAnswer, type ResultFileRequest } from './result-files';

// The project's TypeScript lib is the DOM's; a worker's global scope needs only these two.
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<ResultFileRequest>) => void) | null;
  postMessage(message: ResultFileAnswer): void;
};

scope.onmessage = async ({ data: { id, context } }) => {
  try {
    scope.postMessage({ ok: true, blob: await buildResultFileHere(id, context) });
  } catch (error) {
    scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
