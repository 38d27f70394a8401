/**
 * Gather the photos to pack: the fixed photo where the outcome is 'fixed', the original
 * file where it is 'accepted', nothing where it is 'rejected' or missing.
 */
import type { StudentPhotoRow } from '../../src/domain/photos/status';
import type { PhotoSession } from './photo-session';

/** One photo to pack: its name in the zip and its bytes. */
export interface PackedPhoto {
  name: string;
  data: Blob | Uint8Array;
}

/** Return every photo to pack under its name, read from the session. */
export async function gatherPackedPhotos(rows: readonly StudentPhotoRow[], session: PhotoSession): Promise<PackedPhoto[]> {
  const packed: PackedPhoto[] = [];
  for (const row of rows) {
    if (row.fileIndex === undefined || !row.packedName) continue;
    const data = row.outcome === 'fixed' ? session.fixed.get(row.fileIndex) : await session.sources[row.fileIndex].read();
    if (!data) throw new Error(`no fixed photo for file ${row.fileIndex}`);
    packed.push({ name: row.packedName, data });
  }
  return packed;
}
