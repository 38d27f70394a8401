import { z } from '../zod';

/** How ü is written: Lyu (passport), Lü (Hanyu Pinyin), Lv (keyboard). */
export const UmlautStyleSchema = z.enum(['lyu', 'lü', 'lv']);
export type UmlautStyle = z.infer<typeof UmlautStyleSchema>;

/** Converts Chinese text to toneless syllables; `asSurname` asks for surname readings. */
export type PinyinEngine = (text: string, asSurname: boolean) => string[];

/** A name's generated pinyin and what about it needs a person's check. */
export interface NamePinyin {
  /** e.g. `Zhang Sanfeng`; characters the dictionary does not know are left out. */
  pinyin: string;
  /** A · name: each part one word, by character reading; the customary spelling may differ. */
  isMinorityName: boolean;
  /** The name has a ü syllable, written by the chosen convention. */
  hasUmlaut: boolean;
  /** Characters the dictionary has no reading for. */
  rareCharacters: string[];
  /** A surname real families read more than one way (e.g. 乐: Yue or Le), with the other reading in words; null when the reading is certain. */
  ambiguousSurname: { surname: string; otherReading: string } | null;
}
