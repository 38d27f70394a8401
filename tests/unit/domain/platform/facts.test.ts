import { describe, expect, test } from 'vitest';
import { buttons, menuAliases, menus, type MenuKey } from '../../../../src/domain/platform/facts';

const paths = Object.entries(menus) as Array<[MenuKey, string]>;

describe('menus', () => {
  test.each(paths.map(([key, path]) => ({ key, path })))('writes $key with 「-」 only: $path', ({ path }) => {
    expect(path).not.toMatch(/[—–－]/);
  });

  // examSiteManagement is the same menu under the key the wizards still read.
  test('names each menu once', () => {
    const names = paths.filter(([key]) => key !== 'examSiteManagement').map(([, path]) => path);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
    expect(menus.examSiteManagement).toBe(menus.examSite);
  });
});

describe('menuAliases', () => {
  test.each(Object.entries(menuAliases).map(([key, aliases]) => ({ key: key as MenuKey, aliases: aliases! })))('gives $key spellings that are not another menu’s name', ({ key, aliases }) => {
    for (const alias of aliases) {
      expect(alias).not.toBe(menus[key]);
      expect(Object.values(menus)).not.toContain(alias);
    }
  });
});

describe('buttons', () => {
  test('write no ASCII comma inside a Chinese name', () => {
    const names = Object.values(buttons).flatMap((name): readonly string[] => (typeof name === 'string' ? [name] : name));
    expect(names.filter((name) => name.includes(','))).toEqual([]);
  });
});
