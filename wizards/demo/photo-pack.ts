/**
 * What the sample school's photo pack holds: one picture per student who has
 * one, named and sized by the student's `PhotoCase`, plus a photo of a student
 * who is not on the list. The pictures themselves are drawn at build time
 * (files/photo-pack-file.ts).
 */
import { studentPhoto } from '../../src/domain/photos/facts';
import { makeDemoResidentId } from './demo-identity';
import { sampleStudents, type SampleStudent } from './sample-students';

/** One picture of the pack. */
export interface PackPhoto {
  fileName: string;
  /** JPEG, as cameras and phones save photos; PNG for the few the school got as screenshots. */
  format: 'jpeg' | 'png';
  width: number;
  height: number;
  background: 'red' | 'white';
  /** Varies the drawn face a little from one student to the next. */
  seed: number;
}

/** A student who left the school: the pack still has a photo of them, which matches nobody. */
export const leaverDocumentNumber = makeDemoResidentId('44', '20060101', 997);

/** Every this many students, the school got the photo as a screenshot (PNG): allowed, with a reminder that JPEG is preferred. */
const screenshotEvery = 16;

function toPhoto(student: SampleStudent, seed: number): PackPhoto | null {
  const { widthPx: width, heightPx: height } = studentPhoto;
  const format = seed % screenshotEvery === screenshotEvery - 1 ? 'png' : 'jpeg';
  const extension = format === 'png' ? 'png' : 'jpg';
  const base = { fileName: `${student.documentNumber}.${extension}`, format, width, height, background: 'red' as const, seed } satisfies PackPhoto;
  switch (student.photo) {
    case 'missing':
      return null;
    case 'namedByName':
      return { ...base, fileName: `${student.name}.${extension}` };
    case 'square':
      return { ...base, height: width };
    case 'large':
      return { ...base, width: width * 2, height: height * 2 };
    case 'whiteBackground':
      return { ...base, background: 'white' };
    case 'fine':
      // A number ending in X is written the way phones and cameras often save it: lower case.
      return { ...base, fileName: base.fileName.replace(/X(\.\w+)$/, 'x$1') };
  }
}

/** Return every picture of the pack, in the order of the list. */
export function listPackPhotos(): PackPhoto[] {
  const photos = sampleStudents.flatMap((student, index) => toPhoto(student, index) ?? []);
  return [...photos, { fileName: `${leaverDocumentNumber}.jpg`, format: 'jpeg', width: studentPhoto.widthPx, height: studentPhoto.heightPx, background: 'red', seed: photos.length }];
}

