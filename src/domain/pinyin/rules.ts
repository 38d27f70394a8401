import { canonicalMiddleDot, compoundSurnames, middleDots, surnameReadings, umlautStyles } from './facts';
import type { NamePinyin, PinyinEngine, UmlautStyle } from './schema';

const syllablePattern = /^[a-zü]+$/;

/** Return a name with every middle-dot look-alike replaced by `·`. */
export function normalizeMiddleDots(name: string): string {
  let result = name;
  for (const dot of middleDots) result = result.replaceAll(dot, canonicalMiddleDot);
  return result;
}

/** Split a Chinese name into surname and given name, recognising compound surnames. */
export function splitChineseName(name: string): { surname: string; given: string } {
  const chars = [...name];
  const length = chars.length > 2 && compoundSurnames.includes(chars.slice(0, 2).join('')) ? 2 : 1;
  return { surname: chars.slice(0, length).join(''), given: chars.slice(length).join('') };
}

/** Return `word` with its first letter in upper case. */
function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Write ü syllables by the chosen convention. */
function applyUmlautStyle(syllable: string, style: UmlautStyle): string {
  return umlautStyles[style].syllables[syllable] ?? syllable;
}

/**
 * Return a name's pinyin as the platform wants it (surname, space, given name, each
 * capitalised) with what needs a person's check. The surname is converted on its
 * own, with surname readings; the given name keeps its everyday readings.
 */
export function toNamePinyin(name: string, engine: PinyinEngine, style: UmlautStyle): NamePinyin {
  const normalized = normalizeMiddleDots(name);
  const rareCharacters: string[] = [];
  let hasUmlaut = false;
  const toWord = (text: string, asSurname: boolean, reading?: string | null) => {
    const syllables = reading ? [reading] : engine(text, asSurname);
    const kept = syllables.filter((syllable, index) => {
      if (syllablePattern.test(syllable)) return true;
      rareCharacters.push([...text][index] ?? syllable);
      return false;
    });
    if (kept.some((syllable) => syllable.includes('ü'))) hasUmlaut = true;
    return capitalise(kept.map((syllable) => applyUmlautStyle(syllable, style)).join(''));
  };

  if (normalized.includes(canonicalMiddleDot)) {
    const parts = normalized.split(canonicalMiddleDot).filter(Boolean);
    const pinyin = parts.map((part) => toWord(part, false)).join(' ');
    return { pinyin, isMinorityName: true, hasUmlaut, rareCharacters, ambiguousSurname: null };
  }
  const { surname, given } = splitChineseName(normalized);
  const known = surnameReadings[surname];
  const words = [toWord(surname, true, known?.reading), given ? toWord(given, false) : ''].filter(Boolean);
  return {
    pinyin: words.join(' '),
    isMinorityName: false,
    hasUmlaut,
    rareCharacters,
    ambiguousSurname: known?.otherReading ? { surname, otherReading: known.otherReading } : null,
  };
}

/** True when pinyin is written as the platform asks: capitalised words of letters separated by single spaces. */
export function isPinyinWellFormed(pinyin: string): boolean {
  return /^[A-ZÜ][a-zü]*( [A-ZÜ][a-zü]*)+$/.test(pinyin);
}

/** Return pinyin with spaces collapsed and each word capitalised, e.g. `zhang  SANFENG` → `Zhang Sanfeng`. */
export function normalizePinyinCase(pinyin: string): string {
  return pinyin
    .trim()
    .split(/\s+/)
    .map((word) => capitalise(word.toLowerCase()))
    .join(' ');
}

/** True when two pinyin spellings are the same name, ignoring case, apostrophes and the ü convention. */
export function isSamePinyin(a: string, b: string): boolean {
  const key = (text: string) =>
    text
      .toLowerCase()
      .replaceAll("'", '')
      .replace(/lyu|lv|lü/g, 'lu')
      .replace(/nyu|nv|nü/g, 'nu')
      .replace(/\s+/g, ' ')
      .trim();
  return key(a) === key(b);
}
