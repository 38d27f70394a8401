import { describe, expect, test } from 'vitest';
import { defineSteps } from '../../../../wizards/kit/step-list';

const steps = defineSteps<{ errors: []; rows: number }>()({
  rooms: { title: '考场', fields: ['room-add', /^room-\d+-/] },
  review: { title: '检查', fields: ['plan-name'] },
  typed: { title: '填写', fields: (context) => Array.from({ length: context.rows }, (_, index) => `row-${index}`) },
  result: { title: '结果' },
});
const context = { errors: [] as [], rows: 2 };

describe('StepList.hasField', () => {
  test.each([
    { step: 'rooms', field: 'room-add', expected: true },
    { step: 'rooms', field: 'room-0-name', expected: true },
    { step: 'rooms', field: 'room-12-machines', expected: true },
    { step: 'rooms', field: 'rooms-初级', expected: false },
    { step: 'rooms', field: 'plan-name', expected: false },
    { step: 'review', field: 'plan-name', expected: true },
    { step: 'review', field: 'plan-name-2', expected: false },
    { step: 'result', field: 'room-0-name', expected: false },
    { step: 'typed', field: 'row-1', expected: true },
    { step: 'typed', field: 'row-2', expected: false },
  ] as const)('returns $expected for $field on $step', ({ step, field, expected }) => {
    expect(steps.hasField(step, context, field)).toBe(expected);
  });
});
