/**
 * Match photo files to students by file name. Schools name photos by 证件号码 (as the
 * platform asks) or by the student's name; copies add folders, extensions in any case,
 * a lower-case x, full-width digits or a " (1)" suffix. The 证件号码 wins over the name,
 * and a name shared by two students never guesses.
 */
import type { PhotoMatch, PhotoMatchResult, PhotoStudent, UnmatchedPhoto } from './schema';

// Dots people type between the parts of a minority name: ·, •, ・ (full and half width), ‧, ∙, ⋅.
const middleDots = /[·•・･‧∙⋅]/g;
const invisible = /[\s\u200b-\u200d\u2060\ufeff]/g;

/** Return a file's name without its folders and its extension (1–5 letters or digits). */
export function baseNameOf(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? '';
  const dot = name.lastIndexOf('.');
  return dot > 0 && /^[a-z0-9]{1,5}$/i.test(name.slice(dot + 1)) ? name.slice(0, dot) : name;
}

/** Normalise a 证件号码 for comparison: half-width, no spaces, upper case (x → X). */
export function normaliseDocumentNumber(value: string): string {
  return value.normalize('NFKC').replace(invisible, '').toUpperCase();
}

/** Normalise a student's name for comparison: half-width, no spaces, one kind of middle dot. */
export function normaliseName(value: string): string {
  return value.normalize('NFKC').replace(invisible, '').replace(middleDots, '·').toUpperCase();
}

type Proposal = { studentIndex: number; by: PhotoMatch['by'] } | { ambiguous: number[] } | undefined;

function proposeStudent(path: string, byDocument: Map<string, number>, byName: Map<string, number[]>): Proposal {
  const base = baseNameOf(path);
  const documentKey = normaliseDocumentNumber(base);
  // The whole name first, then every run of letters and digits ("张三_11010…", "11010… (1)").
  for (const token of [documentKey, ...documentKey.split(/[^0-9A-Z]+/)]) {
    const studentIndex = byDocument.get(token);
    if (studentIndex !== undefined) return { studentIndex, by: 'documentNumber' };
  }
  const nameKey = normaliseName(base);
  // The whole name first, then every run of Chinese characters ("张三 (1)", "03-张三").
  for (const token of [nameKey, ...nameKey.split(/[^\p{Script=Han}·]+/u)]) {
    const students = byName.get(token);
    if (students?.length === 1) return { studentIndex: students[0], by: 'name' };
    if (students && students.length > 1) return { ambiguous: students };
  }
  return undefined;
}

/** Assign photo files (by path) to students; list what is left on each side. */
export function matchPhotos(paths: readonly string[], students: readonly PhotoStudent[]): PhotoMatchResult {
  const byDocument = new Map<string, number>();
  const byName = new Map<string, number[]>();
  students.forEach((student, index) => {
    const documentKey = normaliseDocumentNumber(student.documentNumber);
    if (documentKey && !byDocument.has(documentKey)) byDocument.set(documentKey, index);
    const nameKey = normaliseName(student.name);
    if (nameKey) byName.set(nameKey, [...(byName.get(nameKey) ?? []), index]);
  });

  const proposals = paths.map((path) => proposeStudent(path, byDocument, byName));
  // A photo named by 证件号码 is surer than one named by a name: it claims its student first.
  const order = paths
    .map((_, index) => index)
    .sort((a, b) => rank(proposals[a]) - rank(proposals[b]) || a - b);

  const owners = new Map<number, number>();
  const matches: PhotoMatch[] = [];
  const unmatched: UnmatchedPhoto[] = [];
  for (const fileIndex of order) {
    const proposal = proposals[fileIndex];
    if (!proposal) unmatched.push({ fileIndex, reason: 'noStudent', studentIndexes: [] });
    else if ('ambiguous' in proposal) unmatched.push({ fileIndex, reason: 'ambiguousName', studentIndexes: proposal.ambiguous });
    else if (owners.has(proposal.studentIndex)) unmatched.push({ fileIndex, reason: 'duplicate', studentIndexes: [proposal.studentIndex] });
    else {
      owners.set(proposal.studentIndex, fileIndex);
      matches.push({ fileIndex, ...proposal });
    }
  }

  return {
    matches: matches.sort((a, b) => a.fileIndex - b.fileIndex),
    unmatched: unmatched.sort((a, b) => a.fileIndex - b.fileIndex),
    studentsWithoutPhoto: students.map((_, index) => index).filter((index) => !owners.has(index)),
  };
}

function rank(proposal: Proposal): number {
  return proposal && 'by' in proposal && proposal.by === 'documentNumber' ? 0 : 1;
}
