import { describe, expect, test } from 'vitest';
import { formatButton, formatMenu, formatMenuAlias, quoteLabel } from '../../../src/components/platform-label';
import { buttons, menus } from '../../../src/domain/platform/facts';

describe('quoteLabel', () => {
  test('wraps a name in corner brackets', () => {
    expect(quoteLabel('认证')).toBe('「认证」');
  });
});

describe('formatMenu', () => {
  test('returns the menu path of a key in corner brackets', () => {
    expect(formatMenu('candidates')).toBe(`「${menus.candidates}」`);
  });
});

describe('formatButton', () => {
  test.each([
    { key: 'certify' as const, expected: `「${buttons.certify}」` },
    { key: 'pilotNew' as const, expected: `「${buttons.pilotNew[0]}」或「${buttons.pilotNew[1]}」` },
  ])('returns $expected for $key', ({ key, expected }) => {
    expect(formatButton(key)).toBe(expected);
  });
});

describe('formatMenuAlias', () => {
  test('returns the manual’s other spelling of a menu in corner brackets', () => {
    expect(formatMenuAlias('scores')).toBe('「考务管理-科目成绩」');
  });

  test('throws for a menu the manual names one way', () => {
    expect(() => formatMenuAlias('rooms')).toThrow(/rooms/);
  });
});
