/**
 * Loading pinyin-pro (~145 KB gz) only when a name first needs converting, and
 * adapting it to the `PinyinEngine` the rules use.
 */
import type { PinyinEngine } from './schema';

let engine: Promise<PinyinEngine> | undefined;

/**
 * Return the pinyin engine, loading pinyin-pro on first use. Results are cached:
 * surnames and given names repeat across a school's list, and each conversion
 * costs tens of microseconds.
 */
export function loadPinyinEngine(): Promise<PinyinEngine> {
  engine ??= import('pinyin-pro').then(({ pinyin }) => {
    const cache = new Map<string, string[]>();
    return (text: string, asSurname: boolean) => {
      const key = `${asSurname ? 1 : 0}${text}`;
      let syllables = cache.get(key);
      if (!syllables) {
        syllables = pinyin(text, { toneType: 'none', type: 'array', surname: asSurname ? 'head' : 'off', nonZh: 'consecutive' });
        cache.set(key, syllables);
      }
      return syllables;
    };
  });
  return engine;
}
