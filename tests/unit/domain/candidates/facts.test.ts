import { describe, expect, test } from 'vitest';
import { candidateImportTemplate, pinyinExamples } from '../../../../src/domain/candidates/facts';

describe('pinyinExamples', () => {
  test.each(pinyinExamples.map((example) => ({ ...example })))(
    'quotes $name → $pinyin as the template notes write it',
    ({ name, pinyin }) => {
      expect(candidateImportTemplate.notes[1]).toContain(`${name}，拼音应该是：${pinyin}`);
    },
  );

  test.each(pinyinExamples.map((example) => ({ ...example })))('writes $pinyin as surname, space, given name, capitalised', ({ pinyin }) => {
    expect(pinyin).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
  });
});
