import { describe, expect, test, vi } from 'vitest';
import { TaskUserError } from '../../../../../wizards/kit/progress-task';
import { askWorker, readWorkbook, timeLimitFor, type StartWorker } from '../../../../../wizards/shared/spreadsheet-reader/read-workbook';
import { libreOfficeList, writeWorkbook, xorMiddle, zeroBlock } from '../../../../fixtures/damaged-files';

/** A worker that never answers, like one stuck in a parser's inflate. */
function stuckWorker() {
  const worker = { postMessage: vi.fn(), terminate: vi.fn(), onmessage: null, onerror: null };
  return { worker, start: (() => worker) as unknown as StartWorker };
}
const request = () => ({ bytes: new Uint8Array(4), dates: 'shown' as const });

describe('askWorker', () => {
  test('gives up at the time limit and terminates the stuck worker', async () => {
    const { worker, start } = stuckWorker();
    expect(await askWorker(start, request(), new AbortController().signal, 20)).toBe('timeout');
    expect(worker.terminate).toHaveBeenCalled();
  });

  test('stops at once on 取消, terminating the worker', async () => {
    const { worker, start } = stuckWorker();
    const controller = new AbortController();
    const answer = askWorker(start, request(), controller.signal, 60_000);
    controller.abort(new DOMException('取消', 'AbortError'));
    await expect(answer).rejects.toThrow('取消');
    expect(worker.terminate).toHaveBeenCalled();
  });

  test('passes on the worker’s answer and terminates it', async () => {
    const worker = { postMessage: vi.fn(), terminate: vi.fn(), onmessage: null as ((event: { data: unknown }) => void) | null, onerror: null };
    worker.postMessage.mockImplementation(() => queueMicrotask(() => worker.onmessage!({ data: { ok: true, sheets: [] } })));
    expect(await askWorker((() => worker) as unknown as StartWorker, request(), new AbortController().signal, 60_000)).toEqual({ ok: true, sheets: [] });
    expect(worker.terminate).toHaveBeenCalled();
  });
});

describe('readWorkbook', () => {
  const options = { signal: new AbortController().signal, dates: 'shown' as const };

  test('says the file is stuck past the time limit, in seconds', async () => {
    const { start } = stuckWorker();
    await expect(readWorkbook('名单.xlsx', new Uint8Array(4), { ...options, startWorker: start, timeLimitMs: 1000 })).rejects.toThrow(/读取「名单.xlsx」超过 1 秒仍未完成/);
  });

  test.each([
    { damage: '800 bytes XOR-ed in the middle', bytes: () => xorMiddle(libreOfficeList()) },
    { damage: '512 bytes zeroed at offset 4096 of a LibreOffice xlsx', bytes: () => zeroBlock(libreOfficeList()) },
  ])('says 「文件已损坏」 within seconds for $damage', async ({ bytes }) => {
    const started = performance.now();
    const reading = readWorkbook('名单.xlsx', bytes(), options);
    await expect(reading).rejects.toThrow(TaskUserError);
    await expect(reading).rejects.toThrow(/「名单.xlsx」文件已损坏/);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  test('marks hidden sheets', async () => {
    const bytes = await writeWorkbook([
      { name: '旧', hidden: true, rows: [['a']] },
      { name: '新', rows: [['b']] },
    ]);
    expect((await readWorkbook('名单.xlsx', bytes, options)).map(({ name, visible }) => ({ name, visible }))).toEqual([
      { name: '旧', visible: false },
      { name: '新', visible: true },
    ]);
  });

  test.each([
    { bytes: 1_000, seconds: 30 },
    { bytes: 3_000_000, seconds: 50 },
    { bytes: 500_000_000, seconds: 180 },
  ])('allows $seconds s for $bytes bytes', ({ bytes, seconds }) => {
    expect(timeLimitFor(bytes)).toBe(seconds * 1000);
  });
});
