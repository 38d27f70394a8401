/**
 * How many students the photo wizard last matched photos for, and how many had none, read
 * from its saved draft. Photos themselves are never stored, but the draft keeps the match
 * (`match.studentsWithoutPhoto`), which is enough for the workbench's 「…名缺照片」. Read
 * loosely, without the wizard's zod schema, like the rest of the workbench (its JavaScript
 * budget): anything that is not a matched photo draft gives nothing.
 */
/** What the photo wizard's last matching found. */
export interface PhotoCoverage {
  students: number;
  withoutPhoto: number;
}

/** Return the photo draft's last match in numbers, or undefined before photos were matched. */
export function readPhotoCoverage(context: unknown): PhotoCoverage | undefined {
  const { students, match } = (context ?? {}) as { students?: unknown; match?: { studentsWithoutPhoto?: unknown } | null };
  if (!Array.isArray(students) || !match || !Array.isArray(match.studentsWithoutPhoto)) return undefined;
  return { students: students.length, withoutPhoto: match.studentsWithoutPhoto.length };
}
