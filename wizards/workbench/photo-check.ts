/**
 * What the photo wizard's last matching found, read from its saved draft. Photos
 * themselves are never stored, but the draft keeps the students it matched against
 * and the match (`match.studentsWithoutPhoto`, indexes into those students), which
 * is enough for the workbench's 「…名缺照片」 and for the consistency rule on
 * registered candidates (`checkRegisteredPhotos`). Read loosely, without the wizard's
 * zod schema, like the rest of the workbench (its JavaScript budget): anything that is
 * not a matched photo draft gives nothing.
 */
import type { PhotoCheck } from '../../src/domain/consistency/photos';

/** Return the photo draft's last match by 证件号码, or undefined before photos were matched. */
export function readPhotoCheck(context: unknown): PhotoCheck | undefined {
  const { students, match } = (context ?? {}) as { students?: unknown; match?: { studentsWithoutPhoto?: unknown } | null };
  if (!Array.isArray(students) || !match || !Array.isArray(match.studentsWithoutPhoto)) return undefined;
  const numberOf = (student: unknown) => String((student as { documentNumber?: unknown } | null)?.documentNumber ?? '');
  const checked = students.map(numberOf);
  const withoutPhoto = match.studentsWithoutPhoto.filter((index): index is number => typeof index === 'number' && index in checked).map((index) => checked[index]!);
  return { checked, withoutPhoto };
}
