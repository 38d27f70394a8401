import { describe, expect, test } from 'vitest';
import type { CheckedPhoto } from '../../../../src/domain/photos/schema';
import { matchPhotos } from '../../../../src/domain/photos/matching';
import { createPhotosContext } from '../../../../wizards/photos/context';
import type { PhotosContext } from '../../../../wizards/photos/context-schema';
import {
  areMatchedPhotosChecked,
  countStatuses,
  getStudentRows,
  groupCheckedPhotos,
  isPackReady,
  needsFixChoice,
} from '../../../../wizards/photos/selectors';
import { sampleStudents } from '../../../fixtures/photos';

const good: CheckedPhoto = { byteLength: 6000, header: { format: 'jpeg', orientation: 1 }, findings: [] };
const white: CheckedPhoto = { ...good, findings: [{ code: 'notRedBackground', background: { redShare: 0, meanColour: '#ffffff', colourName: '白色' } }] };
const landscape: CheckedPhoto = { ...good, findings: [{ code: 'wrongAspect', width: 4000, height: 3000 }] };
const broken: CheckedPhoto = { ...good, findings: [{ code: 'damaged', reason: 'truncated' }] };

/** A context with three matched photos (张三, 李四, 王五) checked as given. */
function contextWith(checks: Record<number, CheckedPhoto>, applyFixes: boolean | null = null): PhotosContext {
  const paths = ['11010519491231002X.jpg', '李四.jpg', '440106200001011234.png'];
  return { ...createPhotosContext([...sampleStudents]), paths, match: matchPhotos(paths, sampleStudents), checks, applyFixes };
}

describe('areMatchedPhotosChecked', () => {
  test.each([
    { name: 'nothing chosen', context: createPhotosContext([...sampleStudents]), expected: false },
    { name: 'one photo unchecked', context: contextWith({ 0: good, 1: good }), expected: false },
    { name: 'all checked', context: contextWith({ 0: good, 1: good, 2: good }), expected: true },
  ])('returns $expected with $name', ({ context, expected }) => {
    expect(areMatchedPhotosChecked(context)).toBe(expected);
  });
});

describe('needsFixChoice', () => {
  test.each([
    { name: 'only a background warning', checks: { 0: good, 1: white, 2: good }, expected: false },
    { name: 'a broken photo', checks: { 0: good, 1: broken, 2: good }, expected: false },
    { name: 'a landscape photo', checks: { 0: good, 1: landscape, 2: good }, expected: true },
  ])('returns $expected with $name', ({ checks, expected }) => {
    expect(needsFixChoice(contextWith(checks))).toBe(expected);
  });
});

describe('isPackReady', () => {
  test.each([
    { name: 'the fix question unanswered', context: contextWith({ 0: good, 1: landscape, 2: good }), expected: false },
    { name: 'the fix question answered', context: contextWith({ 0: good, 1: landscape, 2: good }, false), expected: true },
    { name: 'no fix needed', context: contextWith({ 0: good, 1: white, 2: good }), expected: true },
  ])('returns $expected with $name', ({ context, expected }) => {
    expect(isPackReady(context)).toBe(expected);
  });
});

describe('getStudentRows', () => {
  test('fixes nothing until the user asks', () => {
    const rows = getStudentRows(contextWith({ 0: good, 1: landscape, 2: good }));
    expect(rows.slice(0, 3).map((row) => row.status)).toEqual(['matched', 'problem', 'matched']);
  });

  test('fixes what can be fixed once asked', () => {
    expect(getStudentRows(contextWith({ 0: good, 1: landscape, 2: good }, true))[1].status).toBe('fixed');
  });
});

describe('countStatuses', () => {
  test('counts every student once', () => {
    const counts = countStatuses(getStudentRows(contextWith({ 0: good, 1: landscape, 2: broken }, true)));
    expect(counts).toEqual({ matched: 1, fixed: 1, problem: 1, missing: sampleStudents.length - 3 });
  });
});

describe('groupCheckedPhotos', () => {
  test('sorts photos into blocked, warned and passed', () => {
    const groups = groupCheckedPhotos(contextWith({ 0: good, 1: white, 2: broken }));
    expect([groups.blocked, groups.warned, groups.passed].map((group) => group.map((row) => row.student.name))).toEqual([['王五'], ['李四'], ['张三']]);
  });
});
