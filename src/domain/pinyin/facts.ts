/**
 * Names in pinyin (姓名拼音): 手册 第三章 三 1 ② — full pinyin, surname, a space,
 * the given name, each capitalised (张三丰 → Zhang Sanfeng) — and GB/T 28039-2011
 * with DOMAIN.md 「Names in pinyin」 for compound surnames, surname readings, · names and ü.
 */
import type { UmlautStyle } from './schema';

/** Compound surnames, written as one word (欧阳娜娜 → Ouyang Nana). Readings that differ from the dictionary's are in `surnameReadings`. */
export const compoundSurnames: readonly string[] = [
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '令狐', '慕容', '夏侯', '司徒', '公孙', '轩辕', '宇文', '澹台', '独孤', '南宫',
  '西门', '呼延', '端木', '百里', '闻人', '太史', '申屠', '公羊', '赫连', '钟离', '濮阳', '淳于', '拓跋', '司空', '第五', '左丘',
  '尉迟', '万俟', '长孙', '单于',
];

/**
 * The one list of surnames whose reading as a surname is not the character's everyday
 * reading (DOMAIN.md 「Names in pinyin」, GB/T 28039-2011). Only the surname takes this
 * reading: 张单 → Zhang Dan, 曾乐乐 → Zeng Lele. `otherReading` is set only where real
 * families write the surname another way too, so the generated spelling is a guess the
 * user must confirm; where it is null the surname reading is certain and no check is asked.
 */
export const surnameReadings: Readonly<Record<string, { reading: string; otherReading: string | null }>> = {
  单: { reading: 'shan', otherReading: null },
  曾: { reading: 'zeng', otherReading: null },
  解: { reading: 'xie', otherReading: null },
  仇: { reading: 'qiu', otherReading: null },
  朴: { reading: 'piao', otherReading: null },
  查: { reading: 'zha', otherReading: null },
  柏: { reading: 'bai', otherReading: null },
  翟: { reading: 'zhai', otherReading: null },
  尉: { reading: 'wei', otherReading: null },
  繁: { reading: 'po', otherReading: null },
  员: { reading: 'yun', otherReading: null },
  区: { reading: 'ou', otherReading: null },
  缪: { reading: 'miao', otherReading: null },
  乐: { reading: 'yue', otherReading: '也有家庭读作 Le' },
  盖: { reading: 'ge', otherReading: '也有家庭读作 Gai' },
  覃: { reading: 'qin', otherReading: '也有家庭读作 Tan' },
  种: { reading: 'chong', otherReading: '也有家庭读作 Zhong' },
  尉迟: { reading: 'yuchi', otherReading: null },
  万俟: { reading: 'moqi', otherReading: null },
  长孙: { reading: 'zhangsun', otherReading: null },
  澹台: { reading: 'tantai', otherReading: null },
  单于: { reading: 'chanyu', otherReading: '也可能是单姓「单」（Shan），名字以「于」（Yu）开头' },
};

/** Middle dots and their look-alikes that separate the parts of a minority name; stored as `·` (U+00B7). */
export const middleDots: readonly string[] = ['\u00B7', '\u2022', '\u30FB', '\u2027', '\u2219', '\u22C5', '\u25CF', '\uFF0E', '.', '\uFF65', '\u0387', '\u16EB'];

/** The middle dot a name is written with after cleaning. */
export const canonicalMiddleDot = '·';

/** How each ü convention writes the four syllables that contain ü. */
export const umlautStyles: Readonly<Record<UmlautStyle, { label: string; syllables: Readonly<Record<string, string>> }>> = {
  lyu: { label: 'Lyu、Nyu（护照写法）', syllables: { lü: 'lyu', nü: 'nyu', lüe: 'lue', nüe: 'nue' } },
  lü: { label: 'Lü、Nü（汉语拼音写法）', syllables: { lü: 'lü', nü: 'nü', lüe: 'lüe', nüe: 'nüe' } },
  lv: { label: 'Lv、Nv（键盘输入写法）', syllables: { lü: 'lv', nü: 'nv', lüe: 'lve', nüe: 'nve' } },
};

/**
 * Default ü convention. Which one the platform expects is unverified (DOMAIN.md); the
 * passport writing is plain ASCII, which every system accepts, and it is what the
 * student's passport (and so the certificate's other records) will show.
 */
export const defaultUmlautStyle: UmlautStyle = 'lyu';
