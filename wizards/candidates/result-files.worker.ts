/**
 * Builds the candidate wizard's result files (the import files, the 问题清单) off the page's
 * thread, so writing 50 000 rows never freezes it. Loaded with
 * `new Worker(new URL(...), { type: 'module' })` by `result-files.ts`, which sends the rows
 * in slices and then the rest of the input.
 */
import { buildFromInput, type ResultFileAnswer, type ResultFileInput, type ResultFileRequest } from './result-files';

// The project's TypeScript lib is the DOM's; a worker's global scope needs only these two.
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<ResultFileRequest>) => void) | null;
  postMessage(message: ResultFileAnswer): void;
};

const rows: ResultFileInput['rows'] = [];

scope.onmessage = async ({ data }) => {
  if (data.type === 'rows') {
    (rows as unknown[]).push(...data.rows);
    return;
  }
  try {
    scope.postMessage({ ok: true, blob: await buildFromInput({ ...data.input, rows } as ResultFileInput) });
  } catch (error) {
    scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
