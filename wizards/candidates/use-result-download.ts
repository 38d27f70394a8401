/** Building and downloading one of the wizard's files when the user asks, with its progress and failure. */
import { useState } from 'preact/hooks';
import { downloadBlob } from '../kit/download';
import { describeTaskError } from '../kit/progress-task';
import type { CandidatesContext } from './context';
import { buildResultFile, type ResultFileId } from './result-files';

/** Return `start(id)` to build and download a file, the id being built, and the last failure. */
export function useResultDownload(context: CandidatesContext) {
  const [busyId, setBusyId] = useState<ResultFileId | null>(null);
  const [error, setError] = useState<string | null>(null);
  const start = (id: ResultFileId) => {
    setBusyId(id);
    setError(null);
    buildResultFile(id, context)
      .then(({ blob, fileName }) => downloadBlob(blob, fileName))
      .catch((failure: unknown) => setError(`生成文件失败：${describeTaskError(failure)}`))
      .finally(() => setBusyId(null));
  };
  return { start, busyId, error };
}
