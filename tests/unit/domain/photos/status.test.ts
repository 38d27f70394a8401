import { describe, expect, test } from 'vitest';
import { matchPhotos } from '../../../../src/domain/photos/matching';
import type { CheckedPhoto, PhotoStudent } from '../../../../src/domain/photos/schema';
import { buildStudentPhotoRows, buildUnmatchedPhotoRows } from '../../../../src/domain/photos/status';

const students: PhotoStudent[] = [
  { name: '张三', documentNumber: '11010519491231002x' },
  { name: '李四', documentNumber: '130503196704010016' },
  { name: '王五', documentNumber: '440106200001011234' },
  { name: '赵六', documentNumber: '440106200002021235' },
  { name: '王芳', documentNumber: '440106200003031236' },
  { name: '王芳', documentNumber: '440106200004041237' },
];
const paths = ['11010519491231002X.jpg', '李四.png', '440106200001011234.jpg', '王芳.jpg', '无名.jpg'];
const match = matchPhotos(paths, students);
const checks = new Map<number, CheckedPhoto>([
  [0, { byteLength: 1000, header: { format: 'jpeg', orientation: 1 }, findings: [] }],
  [1, { byteLength: 1000, header: { format: 'png', orientation: 1 }, findings: [{ code: 'png' }] }],
  [2, { byteLength: 1000, header: { format: 'jpeg', orientation: 1 }, findings: [{ code: 'wrongAspect', width: 4000, height: 3000 }] }],
]);

describe('buildStudentPhotoRows', () => {
  test.each([
    { applyFixes: true, expected: ['matched', 'fixed', 'fixed', 'missing', 'missing', 'missing'] },
    { applyFixes: false, expected: ['matched', 'matched', 'problem', 'missing', 'missing', 'missing'] },
  ])('returns statuses $expected when fixes are $applyFixes', ({ applyFixes, expected }) => {
    expect(buildStudentPhotoRows(students, match, checks, applyFixes).map((row) => row.status)).toEqual(expected);
  });

  test.each([
    { applyFixes: true, expected: ['11010519491231002X.jpg', '130503196704010016.jpg', '440106200001011234.jpg'] },
    { applyFixes: false, expected: ['11010519491231002X.jpg', '130503196704010016.png', undefined] },
  ])('names packed photos $expected when fixes are $applyFixes', ({ applyFixes, expected }) => {
    expect(buildStudentPhotoRows(students, match, checks, applyFixes).slice(0, 3).map((row) => row.packedName)).toEqual(expected);
  });

  test('says what was done to a fixed photo, and keeps the offer to fix for a photo left as it is', () => {
    const [, fixedPng] = buildStudentPhotoRows(students, match, checks, true);
    expect(fixedPng!.notes).toEqual(['原照片是 PNG 格式，已转换为 JPEG，按「证件号码.jpg」打包。']);
    const [, keptPng] = buildStudentPhotoRows(students, match, checks, false);
    expect(keptPng!.notes[0]).toContain('不修复则按「证件号码.png」打包');
  });

  test('explains a missing photo whose name fits two students', () => {
    const rows = buildStudentPhotoRows(students, match, checks, true);
    expect(rows[4].notes[0]).toContain('同名学生');
    expect(rows[3].notes).toEqual([]);
  });

  test('reports a matched photo that was never checked as a problem', () => {
    const row = buildStudentPhotoRows(students, match, new Map(), true)[0];
    expect(row).toMatchObject({ status: 'problem', notes: ['照片还没有检查。'] });
  });

  test('records how each photo was matched', () => {
    expect(buildStudentPhotoRows(students, match, checks, true).slice(0, 2).map((row) => row.matchedBy)).toEqual(['documentNumber', 'name']);
  });
});

describe('buildUnmatchedPhotoRows', () => {
  test('lists every unmatched file with its reason', () => {
    const rows = buildUnmatchedPhotoRows(students, match);
    expect(rows.map((row) => row.fileIndex)).toEqual([3, 4]);
    expect(rows[0].message).toContain('同名学生');
  });
});
