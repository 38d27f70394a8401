import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import type { CheckedPhoto } from '../../../../src/domain/photos/schema';
import { photosMachine } from '../../../../wizards/photos/machine';
import { photosSteps } from '../../../../wizards/photos/steps';
import { sampleStudents, workspaceWith } from '../../../fixtures/photos';

const workspace = workspaceWith(sampleStudents);
const landscape: CheckedPhoto = { byteLength: 6000, header: { format: 'jpeg', orientation: 1 }, findings: [{ code: 'wrongAspect', width: 4000, height: 3000 }] };
const paths = ['11010519491231002X.jpg'];

describe('photosSteps.canEnter', () => {
  const initial = createActor(photosMachine, { input: { workspace } }).getSnapshot().context;
  const matched = { ...initial, paths, match: { matches: [{ fileIndex: 0, studentIndex: 0, by: 'documentNumber' as const }], unmatched: [], studentsWithoutPhoto: [] } };
  const checked = { ...matched, checks: { 0: landscape } };

  test.each([
    { step: 'students', context: initial, expected: true },
    { step: 'photos', context: initial, expected: true },
    { step: 'matching', context: initial, expected: false },
    { step: 'matching', context: matched, expected: true },
    { step: 'review', context: matched, expected: false },
    { step: 'review', context: checked, expected: true },
    { step: 'confirm', context: checked, expected: false },
    { step: 'confirm', context: { ...checked, applyFixes: false }, expected: true },
    { step: 'result', context: { ...checked, applyFixes: true }, expected: true },
  ] as const)('returns $expected for $step', ({ step, context, expected }) => {
    expect(photosSteps.canEnter(step, context)).toBe(expected);
  });

  test('covers every step', () => {
    expect(photosSteps.ids).toEqual(['students', 'photos', 'matching', 'review', 'confirm', 'result']);
  });
});
