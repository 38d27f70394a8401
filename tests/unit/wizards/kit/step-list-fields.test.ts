import { describe, expect, test } from 'vitest';
import { defineSteps } from '../../../../wizards/kit/step-list';

const steps = defineSteps<{ errors: [] }>()({
  rooms: { title: '考场', fields: ['room-add', 'room-*'] },
  review: { title: '检查', fields: ['plan-name'] },
  result: { title: '结果' },
});

describe('hasField', () => {
  test.each([
    { step: 'rooms', field: 'room-add', expected: true },
    { step: 'rooms', field: 'room-0-name', expected: true },
    { step: 'rooms', field: 'room-12-machines', expected: true },
    { step: 'rooms', field: 'rooms-初级', expected: false },
    { step: 'rooms', field: 'plan-name', expected: false },
    { step: 'review', field: 'plan-name', expected: true },
    { step: 'review', field: 'plan-name-2', expected: false },
    { step: 'result', field: 'room-0-name', expected: false },
  ] as const)('returns $expected for $field on $step', ({ step, field, expected }) => {
    expect(steps.hasField(step, field)).toBe(expected);
  });
});
