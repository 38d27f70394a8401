/**
 * Building the result files when the user asks for them: the photo zip from the photos
 * in memory, and the manifest from the saved context alone (so it can be downloaded even
 * after a reload). Loaded only when the user first asks for a file.
 */
import type { photoPackFileNames } from './file-names';
import { buildPhotoManifest, buildPhotoZip } from './output';
import type { PhotosContext } from './context-schema';
import { gatherPackedPhotos } from './pack-photos';
import { getPhotoSession } from './photo-session';
import { getStudentRows, getUnmatchedRows } from './selectors';
import { xlsxMimeType } from '../../src/domain/spreadsheet/facts';

/** The files of the result page. */
export type PhotoPackFileId = keyof typeof photoPackFileNames;

/** Build one result file as a Blob. */
export async function buildPhotoPackFile(id: PhotoPackFileId, context: PhotosContext): Promise<Blob> {
  const rows = getStudentRows(context);
  if (id === 'manifest') {
    const bytes = await buildPhotoManifest({ students: context.students, rows, unmatched: getUnmatchedRows(context), paths: context.paths });
    return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: xlsxMimeType });
  }
  const session = getPhotoSession(context.sessionId);
  if (!session) throw new Error('photos are gone');
  const bytes = await buildPhotoZip(await gatherPackedPhotos(rows, session));
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
}
