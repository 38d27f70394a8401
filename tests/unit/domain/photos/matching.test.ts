import { describe, expect, test } from 'vitest';
import { baseNameOf, matchPhotos, normaliseDocumentNumber, normaliseName } from '../../../../src/domain/photos/matching';
import type { PhotoStudent } from '../../../../src/domain/photos/schema';

const students: PhotoStudent[] = [
  { name: '张三', documentNumber: '11010519491231002X' },
  { name: '李四', documentNumber: '130503196704010016' },
  { name: '王芳', documentNumber: '440106200001011234' },
  { name: '王芳', documentNumber: '440106200002021235' },
  { name: '库尔班·热合曼', documentNumber: '650102200103030011' },
  { name: '陈晨', documentNumber: 'h12345678' },
];

describe('baseNameOf', () => {
  test.each([
    { path: '11010519491231002X.jpg', expected: '11010519491231002X' },
    { path: '照片/高一(3)班/11010519491231002x.JPEG', expected: '11010519491231002x' },
    { path: 'D:\\照片\\张三.png', expected: '张三' },
    { path: '11010519491231002X', expected: '11010519491231002X' },
    { path: '张三.副本.jpg', expected: '张三.副本' },
    { path: '.jpg', expected: '.jpg' },
  ])('returns $expected for $path', ({ path, expected }) => {
    expect(baseNameOf(path)).toBe(expected);
  });
});

describe('normaliseDocumentNumber', () => {
  test.each([
    { value: '11010519491231002x', expected: '11010519491231002X' },
    { value: '１１０１０５１９４９１２３１００２Ｘ', expected: '11010519491231002X' },
    { value: ' 110105 19491231002X\u200b', expected: '11010519491231002X' },
  ])('returns $expected for $value', ({ value, expected }) => {
    expect(normaliseDocumentNumber(value)).toBe(expected);
  });
});

describe('normaliseName', () => {
  test.each([
    { value: '张 三', expected: '张三' },
    { value: '库尔班•热合曼', expected: '库尔班·热合曼' },
    { value: '库尔班・热合曼', expected: '库尔班·热合曼' },
    { value: 'John Smith', expected: 'JOHNSMITH' },
  ])('returns $expected for $value', ({ value, expected }) => {
    expect(normaliseName(value)).toBe(expected);
  });
});

describe('matchPhotos', () => {
  test.each([
    { path: '11010519491231002X.jpg', student: 0, by: 'documentNumber' },
    { path: '11010519491231002x.JPG', student: 0, by: 'documentNumber' },
    { path: '11010519491231002x', student: 0, by: 'documentNumber' },
    { path: '全部照片/高一3班/130503196704010016.png', student: 1, by: 'documentNumber' },
    { path: '张三_11010519491231002X.jpg', student: 0, by: 'documentNumber' },
    { path: '11010519491231002X (1).jpg', student: 0, by: 'documentNumber' },
    { path: 'H12345678.jpg', student: 5, by: 'documentNumber' },
    { path: '李四.jpg', student: 1, by: 'name' },
    { path: '照片/李四 (2).jpeg', student: 1, by: 'name' },
    { path: '03-李四.jpg', student: 1, by: 'name' },
    { path: '库尔班•热合曼.jpg', student: 4, by: 'name' },
  ])('matches $path by $by', ({ path, student, by }) => {
    expect(matchPhotos([path], students).matches).toEqual([{ fileIndex: 0, studentIndex: student, by }]);
  });

  test.each([
    { path: '赵六.jpg', reason: 'noStudent', studentIndexes: [] },
    { path: '11010519491231002.jpg', reason: 'noStudent', studentIndexes: [] },
    { path: '王芳.jpg', reason: 'ambiguousName', studentIndexes: [2, 3] },
  ])('leaves $path unmatched as $reason', ({ path, reason, studentIndexes }) => {
    expect(matchPhotos([path], students).unmatched).toEqual([{ fileIndex: 0, reason, studentIndexes }]);
  });

  test('gives a student the photo named by 证件号码 over one named by name', () => {
    const result = matchPhotos(['张三.jpg', '11010519491231002X.jpg'], students);
    expect(result.matches).toEqual([{ fileIndex: 1, studentIndex: 0, by: 'documentNumber' }]);
    expect(result.unmatched).toEqual([{ fileIndex: 0, reason: 'duplicate', studentIndexes: [0] }]);
  });

  test('keeps the first of two photos with the same 证件号码', () => {
    const result = matchPhotos(['a/11010519491231002X.jpg', 'b/11010519491231002X.jpg'], students);
    expect(result.matches.map((found) => found.fileIndex)).toEqual([0]);
    expect(result.unmatched).toEqual([{ fileIndex: 1, reason: 'duplicate', studentIndexes: [0] }]);
  });

  test('lists the students without a photo, in list order', () => {
    expect(matchPhotos(['李四.jpg', 'h12345678.jpg'], students).studentsWithoutPhoto).toEqual([0, 2, 3, 4]);
  });

  test('matches nothing when the student list is empty', () => {
    expect(matchPhotos(['11010519491231002X.jpg'], [])).toEqual({
      matches: [],
      unmatched: [{ fileIndex: 0, reason: 'noStudent', studentIndexes: [] }],
      studentsWithoutPhoto: [],
    });
  });
});
