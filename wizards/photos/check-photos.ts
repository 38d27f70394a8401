/**
 * The long work of the photo wizard, as plain async functions with progress and abort:
 * open the chosen files, and check the matched photos in the worker one at a time. What
 * is JSON goes back to the machine; blobs stay in the photo session.
 */
import type { CheckedPhoto } from '../../src/domain/photos/schema';
import { TaskUserError, type Progress } from '../kit/progress-task';
import { inspectPhotos } from './photo-processor';
import { getPhotoSession, keepInspection, startPhotoSession } from './photo-session';
import { collectPhotoSources, type SourceProblem } from './photo-sources';

/** What opening the chosen files found. */
export interface OpenedPhotos {
  sessionId: string;
  /** Path of every photo file, by file index. */
  paths: string[];
  problems: SourceProblem[];
}

/** Open the chosen files (photos, folders, zips) and start a photo session with them. */
export async function openPhotos(files: readonly File[]): Promise<OpenedPhotos> {
  const { sources, problems } = await collectPhotoSources(files);
  const session = startPhotoSession(sources);
  return { sessionId: session.id, paths: sources.map((source) => source.path), problems };
}

/** Which photos to check: the session they are in and their file indexes. */
export interface CheckPhotosInput {
  sessionId: string;
  fileIndexes: readonly number[];
}

/** Check the photos at `fileIndexes`, one at a time in the worker; returns what was found, by file index. */
export async function checkPhotos(
  { sessionId, fileIndexes }: CheckPhotosInput,
  report: (progress: Progress) => void,
  signal: AbortSignal,
): Promise<Record<number, CheckedPhoto>> {
  const session = getPhotoSession(sessionId);
  // The page was reloaded since the photos were chosen: they are not kept across a reload.
  if (!session) throw new TaskUserError('页面刷新后照片已不在内存中，请点「上一步」重新选择照片。');
  const checks: Record<number, CheckedPhoto> = {};
  report({ done: 0, total: fileIndexes.length });
  await inspectPhotos(
    fileIndexes.map((fileIndex) => session.sources[fileIndex]),
    {
      signal,
      onResult: (index, inspection) => {
        const fileIndex = fileIndexes[index];
        const { byteLength, header, decoded, findings } = inspection;
        checks[fileIndex] = { byteLength, header, decoded, findings };
        keepInspection(session, fileIndex, inspection);
      },
      onProgress: (done, total) => report({ done, total }),
    },
  );
  return checks;
}
