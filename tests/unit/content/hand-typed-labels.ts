import { buttons, menuAliases, menus } from '../../../src/domain/platform/facts';

/**
 * Platform menu paths and button names typed by hand. They live once in
 * src/domain/platform/facts.ts; guides quote them with <MenuPath>/<ButtonLabel>, code
 * with `menus.x`/`buttons.x`. A hand-typed copy drifts: the manual names some menus
 * two ways and mixes 「-」 and 「—」, and a copy keeps whichever it was typed from.
 */

/** A dash between two parts of a path, in any of the forms the manual uses. */
const dash = /[-—–－]/;

/**
 * Paths in 「」 that are not the platform's and may be typed: where a setting is on
 * someone's phone or computer. Each with the reason it is allowed.
 */
export const notPlatformPaths: Readonly<Record<string, string>> = {
  '设置-相机-格式': "an iPhone's settings, where HEIC photos are switched off",
};

/** Every name the platform facts hold: menu paths, the manual's other spellings, and button names. */
const platformNames = new Set<string>([
  ...Object.values(menus),
  ...Object.values(menuAliases).flat(),
  ...Object.values(buttons).flatMap((name): readonly string[] => (typeof name === 'string' ? [name] : name)),
]);

/** Return the 「…」 spans of a text, without the quotes. */
function listQuoted(text: string): string[] {
  return [...text.matchAll(/「([^「」]*)」/g)].map(([, inner]) => inner!);
}

/** Return each 「…-…」 path of a text that is typed by hand (anything in code or UI text). */
export function findHandTypedPaths(text: string): string[] {
  return listQuoted(text)
    .filter((inner) => new RegExp(`\\p{Script=Han}${dash.source}\\p{Script=Han}`, 'u').test(inner))
    .filter((inner) => !(inner in notPlatformPaths))
    .map((inner) => `「${inner}」`);
}

/**
 * Return each platform label a guide's prose types by hand: a 「…-…」 path, a menu or
 * button name of the facts in 「」, or an empty 「」 left where a `{menus.x}`
 * expression was quoted by hand instead of using <MenuPath>.
 */
export function findHandTypedGuideLabels(prose: string): string[] {
  const names = listQuoted(prose)
    .filter((inner) => inner === '' || platformNames.has(inner))
    .map((inner) => (inner === '' ? '「{…}」 (use <MenuPath> or <ButtonLabel>)' : `「${inner}」`));
  return [...new Set([...findHandTypedPaths(prose), ...names])];
}
