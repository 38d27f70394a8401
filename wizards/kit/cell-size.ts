/**
 * How wide a table's text boxes must be so no value is cut in view: the `size`
 * (in characters) of a column's boxes, from the longest value shown in it. A box's
 * `size` counts average Latin characters; a Chinese or full-width character takes
 * about two of them.
 */

// CJK ideographs and punctuation, kana, Hangul, full-width forms: about twice a Latin character's width.
const wideCharacter = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Return the width of `text` in average Latin characters. */
function measureText(text: string): number {
  let width = 0;
  for (const character of text) width += wideCharacter.test(character) ? 2 : 1;
  return width;
}

/** Narrowest box of any column, in characters: room for a short value under a short header. */
const narrowestBox = 6;

/** Return the `size` for a column's boxes: the widest of `values`, plus room for the caret, and at least `minimum`. */
export function fitColumnSize(values: Iterable<string>, minimum: number): number {
  let widest = 0;
  for (const value of values) widest = Math.max(widest, measureText(value));
  return Math.max(minimum, widest + 2);
}

/** Return the `size` for the boxes under `header`: as wide as their longest value, and never narrower than the header. */
export function fitColumnUnderHeader(header: string, values: Iterable<string>): number {
  return fitColumnSize(values, Math.max(narrowestBox, measureText(header)));
}
