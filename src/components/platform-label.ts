import { buttons, menus } from '../domain/platform/facts';

/** A menu path of the platform, by its key in `menus`. */
export type MenuKey = keyof typeof menus;

/** A button of the platform, by its key in `buttons`. */
export type ButtonKey = keyof typeof buttons;

/** Wrap an on-screen name in the 「」 quotes the manual uses for menus and buttons. */
export function quoteLabel(label: string): string {
  return `「${label}」`;
}

/** Return a menu path as staff see it on screen, e.g. 「考务管理-考生管理」. */
export function formatMenu(key: MenuKey): string {
  return quoteLabel(menus[key]);
}

/** Return a button's name in quotes; a button the manual names two ways gives both, joined with 或. */
export function formatButton(key: ButtonKey): string {
  const names: readonly string[] = typeof buttons[key] === 'string' ? [buttons[key]] : buttons[key];
  return names.map(quoteLabel).join('或');
}
