/**
 * Building a file when the user asks and downloading it: which file is being built,
 * and why the last one failed, in words the user can act on. One place, so every
 * wizard says the same and none lets a failure pass silently.
 */
import { useState } from 'preact/hooks';
import { downloadBlob } from './download';
import { describeTaskError } from './progress-task';

/** Return `start(id, fileName, build)`, the id of the file being built, and the last failure. */
export function useFileDownload() {
  const [busyFileId, setBusyFileId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const start = (id: string, fileName: string, build: () => Promise<Blob>) => {
    setBusyFileId(id);
    setProblem(null);
    return build()
      .then((blob) => downloadBlob(blob, fileName))
      .catch((failure: unknown) => setProblem(`生成「${fileName}」没有成功：${describeTaskError(failure)}`))
      .finally(() => setBusyFileId(null));
  };
  return { start, busyFileId, problem };
}
