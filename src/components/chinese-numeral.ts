const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/**
 * Return a whole number from 0 to 99 as a Chinese count word, the way it is read
 * before a measure word: 2 → 两 (两门科目), 3 → 三, 12 → 十二, 20 → 二十.
 * Guides use it so a count like 三个级别 still comes from the facts.
 */
export function formatChineseCount(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value > 99) {
    throw new RangeError(`formatChineseCount supports whole numbers 0–99, got ${value}`);
  }
  if (value === 2) return '两';
  if (value < 10) return digits[value]!;
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  return `${tens === 1 ? '' : digits[tens]}十${ones ? digits[ones] : ''}`;
}

const circled = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** Return the circled number the manual uses for numbered fields: 1 → ①, up to 20. */
export function formatCircledNumber(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > circled.length) {
    throw new RangeError(`formatCircledNumber supports 1–${circled.length}, got ${value}`);
  }
  return circled[value - 1]!;
}
