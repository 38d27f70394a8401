/**
 * Reading numbers typed into text boxes. The machine keeps exactly what was typed
 * (so a mistake stays visible to fix); these turn it into a number or a message.
 * Shared by the pilot and site wizards.
 */

/** A number read from a text box, or why it could not be read. */
export type NumberReading = { ok: true; value: number | null } | { ok: false; message: string };

const toHalfWidth = (raw: string) => raw.trim().replace(/[０-９．]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));

/** Read a whole number of at least `min`; blank reads as null (not answered). */
export function readCount(raw: string, label: string, min = 0): NumberReading {
  const text = toHalfWidth(raw);
  if (text === '') return { ok: true, value: null };
  if (!/^\d+$/.test(text)) return { ok: false, message: `${label}请填写整数，例如 12（您填写的是“${raw.trim()}”）` };
  const value = Number(text);
  if (value < min) return { ok: false, message: `${label}至少为 ${min}` };
  return { ok: true, value };
}

/** Read a number that may have decimals (e.g. 0.8 米); blank reads as null (not answered). */
export function readAmount(raw: string, label: string): NumberReading {
  const text = toHalfWidth(raw);
  if (text === '') return { ok: true, value: null };
  if (!/^\d+(\.\d+)?$/.test(text)) return { ok: false, message: `${label}请填写数字，例如 1.5（您填写的是“${raw.trim()}”）` };
  return { ok: true, value: Number(text) };
}

/** Split a multi-line box into its non-empty lines. */
export function readLines(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}
