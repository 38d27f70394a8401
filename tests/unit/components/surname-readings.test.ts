import { describe, expect, test } from 'vitest';
import { listCompoundSurnameReadings, listSurnameReadings } from '../../../src/components/surname-readings';
import { surnameReadings } from '../../../src/domain/pinyin/facts';

const surnames = Object.keys(surnameReadings);

describe('listSurnameReadings', () => {
  test('returns every single-character surname of the pinyin facts with its capitalised reading', () => {
    const listed = listSurnameReadings().split('、');
    expect(listed).toHaveLength(surnames.filter((surname) => surname.length === 1).length);
    expect(listed).toContain('单（Shan）');
  });

  test('names the other spelling some families use', () => {
    expect(listSurnameReadings().split('、')).toContain('乐（Yue，也有家庭读作 Le）');
  });
});

describe('listCompoundSurnameReadings', () => {
  test('returns only the compound surnames with a reading of their own', () => {
    const listed = listCompoundSurnameReadings().split('、');
    expect(listed).toHaveLength(surnames.filter((surname) => surname.length > 1).length);
    expect(listed).toContain('尉迟（Yuchi）');
    expect(listed.join('')).not.toContain('单（');
  });
});
