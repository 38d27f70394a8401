import { buttons, menuAliases, menus, type ButtonKey, type MenuKey } from '../domain/platform/facts';

export type { ButtonKey, MenuKey };

/** Wrap an on-screen name in the 「」 quotes the manual uses for menus and buttons. */
export function quoteLabel(label: string): string {
  return `「${label}」`;
}

/** Return a menu path as staff see it on screen, e.g. 「考务管理-考生管理」. */
export function formatMenu(key: MenuKey): string {
  return quoteLabel(menus[key]);
}

/**
 * Return the manual's other spelling(s) of a menu in quotes, joined with 或, e.g.
 * 「考务管理-科目成绩」; throws when the manual names the menu only one way.
 */
export function formatMenuAlias(key: MenuKey): string {
  const aliases = menuAliases[key];
  if (!aliases?.length) throw new Error(`The manual names menu ${key} only one way`);
  return aliases.map(quoteLabel).join('或');
}

/** Return a button's name in quotes; a button the manual names two ways gives both, joined with 或. */
export function formatButton(key: ButtonKey): string {
  const names: readonly string[] = typeof buttons[key] === 'string' ? [buttons[key]] : buttons[key];
  return names.map(quoteLabel).join('或');
}
