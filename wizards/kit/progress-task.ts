/**
 * Long work with a progress bar and 取消: reading a big file, checking 100 000
 * rows, processing photos. A machine invokes `fromProgressTask(run)` in a `busy`
 * state with `onDone` (its `event.output` is typed by `run`) and `onError`;
 * while it runs, the machine receives `task.progress` events to show. Leaving the
 * state (取消, Back) stops the actor, which aborts `run`'s signal.
 */
import { fromPromise } from 'xstate';
import { assignPart } from './assign-part';
import { codeLoadFailureMessage, isCodeLoadFailure } from './code-loading';
import type { FieldError } from './wizard-machine';

/** Progress so far: `done` of `total` units (rows, photos). */
export interface Progress {
  done: number;
  total: number;
}

/** Sent to the machine that invoked a progress task while it runs. */
export type TaskProgressEvent = { type: 'task.progress' } & Progress;

/** Sent by a view to stop the running task (取消). */
export interface TaskCancelEvent {
  type: 'task.cancel';
}

/** The work itself: report progress, stop when the signal aborts, return the output. */
export type ProgressTaskRun<TInput, TOutput> = (
  input: TInput,
  report: (progress: Progress) => void,
  signal: AbortSignal,
) => Promise<TOutput>;

/** Thrown by a task to fail with a message meant for the user. */
export class TaskUserError extends Error {
  override name = 'TaskUserError';
}

/** Wrap a long-running function as an actor a machine can invoke, follow and cancel. */
export function fromProgressTask<TInput, TOutput>(run: ProgressTaskRun<TInput, TOutput>) {
  return fromPromise<TOutput, TInput>(({ input, self, signal }) =>
    // Progress goes to the invoking machine; a task stopped by leaving its state reports nothing more.
    run(input, (progress) => signal.aborted || self._parent?.send({ type: 'task.progress', ...progress } satisfies TaskProgressEvent), signal),
  );
}

/** Context of a machine that runs progress tasks: the progress to show, and its errors. */
export interface TaskContext {
  progress: Progress | null;
  errors: readonly FieldError[];
}

/**
 * Actions for `setup({ actions })` of a machine that runs progress tasks:
 * `trackProgress` on `task.progress`, `clearProgress` on entry of a busy state,
 * and `showTaskError` with `{ field }` params in `onError`: the failure becomes the
 * error of that field, shown in the error summary like any other.
 */
export function taskActions<TContext extends TaskContext>() {
  return {
    trackProgress: assignPart<TContext>(({ event }) => ({ progress: { done: event.done, total: event.total } })),
    clearProgress: assignPart<TContext>(() => ({ progress: null })),
    showTaskError: assignPart<TContext, { field: string }>(({ event }, { field }) => ({ progress: null, errors: [{ field, message: describeTaskError(event.error) }] })),
  };
}

/** Return the message shown when a task fails: the user-facing text, or a generic one with the cause. */
export function describeTaskError(error: unknown): string {
  if (error instanceof TaskUserError) return error.message;
  if (isCodeLoadFailure(error)) return `${codeLoadFailureMessage}。`;
  const detail = error instanceof Error ? error.message : String(error);
  return `处理时出现意外错误（${detail}）。您的数据没有丢失，请重试；如果仍然出错，请用「导出工作文件」保存后联系技术人员。`;
}

/** Milliseconds of work between two yields to the browser: short enough to keep typing and 取消 responsive. */
const sliceMs = 12;

/**
 * Run `work` on each item, yielding to the browser every few milliseconds and
 * reporting progress; throws an `AbortError` when the signal aborts.
 */
export async function runInSlices<TItem>(
  items: readonly TItem[],
  work: (item: TItem, index: number) => void,
  report: (progress: Progress) => void,
  signal: AbortSignal,
): Promise<void> {
  let index = 0;
  while (index < items.length) {
    signal.throwIfAborted();
    const sliceEnd = performance.now() + sliceMs;
    while (index < items.length && performance.now() < sliceEnd) {
      work(items[index]!, index);
      index += 1;
    }
    report({ done: index, total: items.length });
    await yieldToBrowser();
  }
  report({ done: items.length, total: items.length });
}

/** Let the browser paint and handle input before continuing. */
export function yieldToBrowser(): Promise<void> {
  // A MessageChannel task is not clamped to 4 ms the way nested setTimeout calls are.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
