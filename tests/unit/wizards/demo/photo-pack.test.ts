import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { measureBackground, isRedBackground } from '../../../../src/domain/photos/background';
import { readImageHeader } from '../../../../src/domain/photos/image-header';
import { matchPhotos } from '../../../../src/domain/photos/matching';
import { drawPhoto, writePhotoPackFile } from '../../../../wizards/demo/files/photo-pack-file';
import { leaverDocumentNumber, listPackPhotos, type PackPhoto } from '../../../../wizards/demo/photo-pack';
import { sampleStudents, type PhotoCase } from '../../../../wizards/demo/sample-students';

const photos = listPackPhotos();
const match = matchPhotos(photos.map((photo) => photo.fileName), sampleStudents);
const studentWith = (photo: PhotoCase) => sampleStudents.find((student) => student.photo === photo)!;
const photoOf = (student: (typeof sampleStudents)[number]) => photos[match.matches.find((found) => sampleStudents[found.studentIndex] === student)!.fileIndex]!;

function toRgba(photo: PackPhoto) {
  const rgb = drawPhoto(photo);
  const data = new Uint8ClampedArray(photo.width * photo.height * 4);
  for (let i = 0; i < photo.width * photo.height; i += 1) data.set([rgb[i * 3]!, rgb[i * 3 + 1]!, rgb[i * 3 + 2]!, 255], i * 4);
  return { data, width: photo.width, height: photo.height };
}

describe('listPackPhotos', () => {
  test('leaves out exactly the students whose photo is missing', () => {
    const without = match.studentsWithoutPhoto.map((index) => sampleStudents[index]!.name);
    expect(without).toEqual(sampleStudents.filter((student) => student.photo === 'missing').map((student) => student.name));
  });

  test('matches photos named by the student’s name, and leaves the leaver’s photo unmatched', () => {
    expect(match.matches.filter((found) => found.by === 'name').map((found) => sampleStudents[found.studentIndex]!.photo)).toEqual(['namedByName', 'namedByName']);
    expect(match.unmatched.map((item) => photos[item.fileIndex]!.fileName)).toEqual([`${leaverDocumentNumber}.jpg`]);
  });

  test('writes a number ending in X with a lower-case x, as cameras and phones often do', () => {
    expect(photos.some((photo) => /x\.jpg$/.test(photo.fileName))).toBe(true);
  });

  test('returns mostly JPEG photos, as cameras and phones save them, and a few PNG screenshots named .png', () => {
    const png = photos.filter((photo) => photo.format === 'png');
    expect(png.length).toBeGreaterThanOrEqual(2);
    expect(png.length).toBeLessThan(photos.length / 10);
    expect(photos.every((photo) => photo.fileName.endsWith(photo.format === 'png' ? '.png' : '.jpg'))).toBe(true);
  });

  test.each<{ photo: PhotoCase; width: number; height: number }>([
    { photo: 'square', width: 295, height: 295 },
    { photo: 'large', width: 590, height: 826 },
    { photo: 'fine', width: 295, height: 413 },
  ])('draws the $photo case at $width×$height', ({ photo, width, height }) => {
    expect(photoOf(studentWith(photo))).toMatchObject({ width, height });
  });
});

describe('drawPhoto', () => {
  test.each<{ background: PackPhoto['background']; isRed: boolean }>([
    { background: 'red', isRed: true },
    { background: 'white', isRed: false },
  ])('draws a $background background the photo checks read as red: $isRed', ({ background, isRed }) => {
    const photo: PackPhoto = { fileName: 'x.png', format: 'png', width: 295, height: 413, background, seed: 0 };
    expect(isRedBackground(measureBackground(toRgba(photo)))).toBe(isRed);
  });
});

describe('writePhotoPackFile', () => {
  test('returns a zip of files in each photo’s format and size', async () => {
    const chosen = [photos[0]!, photos.find((photo) => photo.format === 'png')!, photoOf(studentWith('large'))];
    const zip = await JSZip.loadAsync(await writePhotoPackFile(chosen));
    const names = Object.keys(zip.files);
    expect(names).toEqual(chosen.map((photo) => photo.fileName));
    for (const [index, photo] of chosen.entries()) {
      const header = readImageHeader(await zip.file(names[index]!)!.async('uint8array'));
      expect(header).toMatchObject({ format: photo.format, width: photo.width, height: photo.height });
    }
  });
});
