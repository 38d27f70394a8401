/**
 * ASCII punctuation inside Chinese sentences: 「请检查,然后」 instead of 「请检查，然后」.
 * Chinese text takes full-width punctuation (，；：？！（）“”); ASCII marks are
 * right only between Latin letters and digits (1:20, 10:00, Excel (xlsx), e.g.).
 */

/** Han characters and the full-width marks that close or open Chinese text. */
const chinese = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’《》「」『』]/;
const latinOrDigit = /[A-Za-z0-9]/;

function isChinese(char: string | undefined): boolean {
  return char !== undefined && chinese.test(char);
}

/** Return the nearest character before `index` that is not a space, or undefined at the start. */
function previousVisible(text: string, index: number): string | undefined {
  for (let i = index - 1; i >= 0; i -= 1) if (!/\s/.test(text[i]!)) return text[i];
  return undefined;
}

/** Return the nearest character after `index` that is not a space, or undefined at the end. */
function nextVisible(text: string, index: number): string | undefined {
  for (let i = index + 1; i < text.length; i += 1) if (!/\s/.test(text[i]!)) return text[i];
  return undefined;
}

/** Return the few characters around `index`, to show where a mark is. */
function around(text: string, index: number): string {
  return text.slice(Math.max(0, index - 6), index + 7).replace(/\s+/g, ' ');
}

/**
 * Return each ASCII mark of `text` that sits in a Chinese sentence, with the text
 * around it. `, ; : ? !` count when the character before them is Chinese, or the one
 * after is Chinese and the one before is not a Latin letter or digit (so `role: 监考员`
 * in an English message passes); `.` when it ends a Chinese clause; `"` next to a
 * Chinese character; `( )` around text that contains Chinese.
 */
export function findAsciiPunctuation(text: string): string[] {
  const found: string[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    const before = previousVisible(text, index);
    const after = nextVisible(text, index);
    let isWrong = false;
    if (',;:?!'.includes(char)) {
      // A URL's scheme (https://) and a time or ratio (10:00, 1:20) are not sentences.
      const isUrl = char === ':' && text.slice(index + 1, index + 3) === '//';
      isWrong = !isUrl && (isChinese(before) || (isChinese(after) && !(before !== undefined && latinOrDigit.test(before))));
    } else if (char === '.') {
      const next = text[index + 1];
      isWrong = isChinese(text[index - 1]) && (next === undefined || /\s/.test(next) || isChinese(next));
    } else if (char === '"') {
      isWrong = isChinese(text[index - 1]) || isChinese(text[index + 1]);
    } else if (char === '(') {
      const close = text.indexOf(')', index);
      const inside = close === -1 ? text.slice(index + 1) : text.slice(index + 1, close);
      isWrong = [...inside].some(isChinese);
    } else if (char === ')') {
      const open = text.lastIndexOf('(', index);
      const inside = open === -1 ? text.slice(0, index) : text.slice(open + 1, index);
      isWrong = [...inside].some(isChinese);
    }
    if (isWrong) found.push(`${char} in “${around(text, index)}”`);
  }
  return found;
}
