/**
 * Names in pinyin (姓名拼音): 手册 第三章 三 1 ② — full pinyin, surname, a space,
 * the given name, each capitalised (张三丰 → Zhang Sanfeng) — and GB/T 28039-2011
 * with DOMAIN.md 「Names in pinyin」 for compound surnames, surname readings, · names and ü.
 */
import type { UmlautStyle } from './schema';

/** Compound surnames, written as one word (欧阳娜娜 → Ouyang Nana); a reading is given where the dictionary's differs. */
export const compoundSurnames: Readonly<Record<string, string | null>> = {
  欧阳: null, 司马: null, 上官: null, 诸葛: null, 东方: null, 皇甫: null, 令狐: null, 慕容: null,
  夏侯: null, 司徒: null, 公孙: null, 轩辕: null, 宇文: null, 澹台: 'tantai', 独孤: null, 南宫: null,
  西门: null, 呼延: null, 端木: null, 百里: null, 闻人: null, 太史: null, 申屠: null, 公羊: null,
  赫连: null, 钟离: null, 濮阳: null, 淳于: null, 拓跋: null, 司空: null, 第五: null, 左丘: null,
  尉迟: 'yuchi', 万俟: 'moqi', 长孙: 'zhangsun', 单于: 'chanyu',
};

/**
 * Single-character surnames whose surname reading differs from the everyday one.
 * Only the surname takes this reading: 张单 → Zhang Dan, 曾乐乐 → Zeng Lele.
 */
export const surnameReadings: Readonly<Record<string, string>> = {
  单: 'shan', 曾: 'zeng', 解: 'xie', 区: 'ou', 仇: 'qiu', 朴: 'piao', 查: 'zha', 乐: 'yue', 覃: 'qin',
  盖: 'ge', 柏: 'bai', 缪: 'miao', 翟: 'zhai', 尉: 'wei', 种: 'chong', 繁: 'po', 员: 'yun',
};

/**
 * Surnames read more than one way in real families (乐 Yue or Le, 盖 Ge or Gai,
 * 种 Chong or Zhong, 区 Ou or Qu): the generated reading is a guess to confirm.
 */
export const ambiguousSurnames: readonly string[] = ['乐', '盖', '种', '区', '查', '解', '朴', '缪'];

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
