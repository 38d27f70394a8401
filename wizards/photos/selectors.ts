/**
 * What the photo wizard's screens show, worked out from the machine's context: each
 * student's status, the photos that need attention, whether a fix question is needed.
 * Guards and views both ask here, so they never disagree.
 */
import { canFixPhoto, isBlocking } from '../../src/domain/photos/rules';
import type { CheckedPhoto, StudentPhotoStatus } from '../../src/domain/photos/schema';
import { buildStudentPhotoRows, buildUnmatchedPhotoRows, type StudentPhotoRow } from '../../src/domain/photos/status';
import type { PhotosContext } from './context-schema';

/** Return the checks as a map by file index. */
export function getChecks(context: PhotosContext): Map<number, CheckedPhoto> {
  return new Map(Object.entries(context.checks).map(([fileIndex, checked]) => [Number(fileIndex), checked]));
}

/** File indexes of the photos matched to a student, in file order. */
export function getMatchedFileIndexes(context: PhotosContext): number[] {
  return context.match?.matches.map((found) => found.fileIndex) ?? [];
}

/** True when at least one chosen photo belongs to a student. */
export function hasMatchedPhotos(context: PhotosContext): boolean {
  return getMatchedFileIndexes(context).length > 0;
}

/** True when every matched photo has been checked. */
export function areMatchedPhotosChecked(context: PhotosContext): boolean {
  return hasMatchedPhotos(context) && getMatchedFileIndexes(context).every((fileIndex) => String(fileIndex) in context.checks);
}

/** True when some checked photo can be fixed, so the user must say whether to fix. */
export function needsFixChoice(context: PhotosContext): boolean {
  return getMatchedFileIndexes(context).some((fileIndex) => {
    const checked = context.checks[String(fileIndex)];
    return checked !== undefined && canFixPhoto(checked.findings);
  });
}

/** True when the pack can be made: all photos checked and the fix question answered where asked. */
export function isPackReady(context: PhotosContext): boolean {
  return areMatchedPhotosChecked(context) && (!needsFixChoice(context) || context.applyFixes !== null);
}

/** Every student's photo status, with the fix choice applied (no fixes until the user asks). */
export function getStudentRows(context: PhotosContext): StudentPhotoRow[] {
  if (!context.match) return [];
  return buildStudentPhotoRows(context.students, context.match, getChecks(context), context.applyFixes === true);
}

/** The photos matched to nobody, with reasons. */
export function getUnmatchedRows(context: PhotosContext) {
  return context.match ? buildUnmatchedPhotoRows(context.students, context.match) : [];
}

/** How many students have each status. */
export function countStatuses(rows: readonly StudentPhotoRow[]): Record<StudentPhotoStatus, number> {
  const counts: Record<StudentPhotoStatus, number> = { matched: 0, fixed: 0, missing: 0, problem: 0 };
  for (const row of rows) counts[row.status] += 1;
  return counts;
}

/** Matched photos grouped for the review screen: with a blocking finding, with warnings only, and without findings. */
export function groupCheckedPhotos(context: PhotosContext) {
  const rows = buildStudentPhotoRows(context.students, context.match ?? { matches: [], unmatched: [], studentsWithoutPhoto: [] }, getChecks(context), false);
  const withPhoto = rows.filter((row) => row.fileIndex !== undefined && String(row.fileIndex) in context.checks);
  const findingsOf = (row: StudentPhotoRow) => context.checks[String(row.fileIndex)].findings;
  return {
    blocked: withPhoto.filter((row) => findingsOf(row).some(isBlocking)),
    warned: withPhoto.filter((row) => findingsOf(row).length > 0 && !findingsOf(row).some(isBlocking)),
    passed: withPhoto.filter((row) => findingsOf(row).length === 0),
  };
}
