/**
 * Each student's photo status for the manifest and the result screen: which file was
 * matched, what happens to it, under which name it is packed, and why.
 */
import { normaliseDocumentNumber } from './matching';
import { describeFinding, describeFixedFinding, describeUnmatched } from './messages';
import { decidePhotoOutcome, isFixable, photoFileName } from './rules';
import type { CheckedPhoto, PhotoMatchResult, PhotoOutcome, PhotoStudent, StudentPhotoStatus } from './schema';

/** One student's line in the manifest. */
export interface StudentPhotoRow {
  studentIndex: number;
  student: PhotoStudent;
  status: StudentPhotoStatus;
  /** The matched file, when there is one. */
  fileIndex?: number;
  matchedBy?: 'documentNumber' | 'name';
  /** What happens to the matched file. */
  outcome?: PhotoOutcome;
  /** Name of the photo in the zip, when it is packed. */
  packedName?: string;
  /** Every finding and remark, in Chinese. */
  notes: string[];
}

/** A photo file assigned to no student, with the reason in Chinese. */
export interface UnmatchedPhotoRow {
  fileIndex: number;
  message: string;
}

const outcomeStatus: Record<PhotoOutcome, StudentPhotoStatus> = {
  accepted: 'matched',
  fixed: 'fixed',
  rejected: 'problem',
};

/** Return every student's photo status, in list order, given the match and the checks. */
export function buildStudentPhotoRows(
  students: readonly PhotoStudent[],
  match: PhotoMatchResult,
  checks: ReadonlyMap<number, CheckedPhoto>,
  applyFixes: boolean,
): StudentPhotoRow[] {
  const matchOf = new Map(match.matches.map((found) => [found.studentIndex, found]));
  return students.map((student, studentIndex) => {
    const found = matchOf.get(studentIndex);
    if (!found) {
      const nameClashes = match.unmatched.filter((unmatched) => unmatched.reason === 'ambiguousName' && unmatched.studentIndexes.includes(studentIndex));
      const notes = nameClashes.length > 0 ? ['有以姓名命名的照片，但名单中有同名学生，无法确定是谁的；请把照片改名为「证件号码.jpg」。'] : [];
      return { studentIndex, student, status: 'missing', notes };
    }
    const checked = checks.get(found.fileIndex);
    const base = { studentIndex, student, fileIndex: found.fileIndex, matchedBy: found.by };
    if (!checked) return { ...base, status: 'problem', notes: ['照片还没有检查。'] };
    const outcome = decidePhotoOutcome(checked.findings, applyFixes);
    return {
      ...base,
      status: outcomeStatus[outcome],
      outcome,
      packedName: outcome === 'rejected' ? undefined : photoFileName(normaliseDocumentNumber(student.documentNumber), outcome, checked.header),
      // A fixed photo's notes say what was done, not what could be done (「不修复则…」 no longer applies).
      notes: checked.findings.map((finding) => (outcome === 'fixed' && isFixable(finding) ? describeFixedFinding(finding) : describeFinding(finding))),
    };
  });
}

/** Return the photo files assigned to no student, with reasons, in file order. */
export function buildUnmatchedPhotoRows(students: readonly PhotoStudent[], match: PhotoMatchResult): UnmatchedPhotoRow[] {
  return match.unmatched.map((unmatched) => ({ fileIndex: unmatched.fileIndex, message: describeUnmatched(unmatched, students) }));
}
