/**
 * The spreadsheet worker: checks the zip container and parses the workbook off the
 * page's thread, so a file that makes a parser spin freezes only this worker, which
 * the page terminates on 取消 or at its time limit. Loaded with
 * `new Worker(new URL(...), { type: 'module' })`.
 */
import type { ReadRequest, ReadResponse } from './protocol';
import { readWorkbookSheets } from './workbook-sheets';

// The project's TypeScript lib is the DOM's; a worker's global scope needs only these two.
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<ReadRequest>) => void) | null;
  postMessage(message: ReadResponse): void;
};

scope.onmessage = async ({ data }) => {
  try {
    scope.postMessage(await readWorkbookSheets(data));
  } catch (error) {
    scope.postMessage({ ok: false, problem: 'unreadable', reason: error instanceof Error ? error.message : String(error) });
  }
};
