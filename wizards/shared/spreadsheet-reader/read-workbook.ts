/**
 * Reading an uploaded .xlsx / .xls on the page's behalf: the work runs in the
 * spreadsheet worker under a time limit; 取消 (the task's signal) and the time limit
 * both terminate the worker at once, so no file can freeze the page. Failures become
 * messages for the user that name the file.
 */
import { TaskUserError } from '../../kit/progress-task';
import type { DateStyle, ReadRequest, ReadResponse, SheetGrid } from './protocol';

/** Starts a worker that answers one `ReadRequest` (a real Worker in the browser). */
export type StartWorker = () => Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onerror'>;

const startSpreadsheetWorker: StartWorker = () => new Worker(new URL('./spreadsheet.worker.ts', import.meta.url), { type: 'module' });

/**
 * Milliseconds a file of `bytes` may take to read: 20 s plus 10 s a megabyte, at most
 * 3 minutes. A 50 000-row list (about 3 MB) reads in 2–5 s on a school computer; a
 * parser still busy long past that is stuck on a damaged file.
 */
export function timeLimitFor(bytes: number): number {
  return Math.min(180_000, 20_000 + Math.ceil(bytes / 1_000_000) * 10_000);
}

export interface ReadOptions {
  signal: AbortSignal;
  dates: DateStyle;
  /** Injected by tests; by default the spreadsheet worker, or this thread where there is no Worker (Node). */
  startWorker?: StartWorker;
  timeLimitMs?: number;
}

/** Run one request in a worker: resolves with its answer, rejects on 取消 (the signal's reason) or at the time limit. */
export function askWorker(startWorker: StartWorker, request: ReadRequest, signal: AbortSignal, timeLimitMs: number): Promise<ReadResponse | 'timeout'> {
  signal.throwIfAborted();
  const worker = startWorker();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stop: (() => void) | undefined;
  return new Promise<ReadResponse | 'timeout'>((resolve, reject) => {
    stop = () => reject(signal.reason);
    signal.addEventListener('abort', stop, { once: true });
    timer = setTimeout(() => resolve('timeout'), timeLimitMs);
    worker.onmessage = ({ data }: MessageEvent<ReadResponse>) => resolve(data);
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      resolve({ ok: false, problem: 'unreadable', reason: event.message || '读取程序意外停止' });
    };
    worker.postMessage(request, [request.bytes.buffer]);
  }).finally(() => {
    clearTimeout(timer);
    if (stop) signal.removeEventListener('abort', stop);
    worker.terminate();
  });
}

const resaveAdvice = '请用 Excel 或 WPS 打开后「另存为」.xlsx 再上传；如果打不开，请重新导出或向发给您文件的人重新索取。';

/** Return every sheet of a workbook file, or fail with a message naming the file. */
export async function readWorkbook(fileName: string, bytes: Uint8Array, options: ReadOptions): Promise<SheetGrid[]> {
  const request: ReadRequest = { bytes: bytes.slice(), dates: options.dates };
  const startWorker = options.startWorker ?? (typeof Worker === 'function' ? startSpreadsheetWorker : null);
  const timeLimitMs = options.timeLimitMs ?? timeLimitFor(bytes.length);
  const answer = startWorker
    ? await askWorker(startWorker, request, options.signal, timeLimitMs)
    : await (await import('./workbook-sheets')).readWorkbookSheets(request);
  if (answer === 'timeout') {
    throw new TaskUserError(`读取「${fileName}」超过 ${Math.round(timeLimitMs / 1000)} 秒仍未完成，已停止：文件已损坏，或不是正常的表格。${resaveAdvice}`);
  }
  if (answer.ok) return answer.sheets;
  if (answer.problem === 'damaged') {
    const where = answer.entry ? `（其中的「${answer.entry}」${answer.reason}）` : `（${answer.reason}）`;
    throw new TaskUserError(`「${fileName}」文件已损坏${where}，无法读取。${resaveAdvice}`);
  }
  if (answer.problem === 'password') throw new TaskUserError(`「${fileName}」设置了打开密码。请在 Excel 或 WPS 中去掉密码后另存，再上传。`);
  throw new TaskUserError(`无法读取「${fileName}」：文件可能已损坏，或不是 Excel 表格（${answer.reason}）。${resaveAdvice}`);
}
