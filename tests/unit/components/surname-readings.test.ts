import { describe, expect, test } from 'vitest';
import { listCompoundSurnameReadings, listSurnameReadings } from '../../../src/components/surname-readings';
import { compoundSurnames, surnameReadings } from '../../../src/domain/pinyin/facts';

describe('listSurnameReadings', () => {
  test('returns every surname of the pinyin facts with its capitalised reading', () => {
    const listed = listSurnameReadings().split('、');
    expect(listed).toHaveLength(Object.keys(surnameReadings).length);
    expect(listed).toContain('单（Shan）');
  });
});

describe('listCompoundSurnameReadings', () => {
  test('returns only the compound surnames with a reading of their own', () => {
    const listed = listCompoundSurnameReadings().split('、');
    expect(listed).toHaveLength(Object.values(compoundSurnames).filter(Boolean).length);
    expect(listed).toContain('尉迟（Yuchi）');
  });
});
