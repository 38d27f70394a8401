/**
 * Loading pinyin-pro (~145 KB gz) only when a name first needs converting, and
 * adapting it to the `PinyinEngine` the rules use.
 */
import type { PinyinEngine } from './schema';

let engine: Promise<PinyinEngine> | undefined;

/** Return the pinyin engine, loading pinyin-pro on first use. */
export function loadPinyinEngine(): Promise<PinyinEngine> {
  engine ??= import('pinyin-pro').then(({ pinyin }) => (text: string, asSurname: boolean) =>
    pinyin(text, { toneType: 'none', type: 'array', surname: asSurname ? 'head' : 'off', nonZh: 'consecutive' }),
  );
  return engine;
}
