/**
 * Reading CSV files and text pasted from a spreadsheet. Excel and WPS on Chinese
 * Windows save CSV in GBK (GB 18030 is its superset) unless told otherwise, so a
 * file that is not valid UTF-8 is read as GB 18030.
 */

/** Return the text of a CSV file: UTF-8 (with or without BOM), UTF-16 with BOM, or GB 18030. */
export function decodeTextFile(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'utf-16' | 'gb18030' } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/** Return the delimiter a text most likely uses: tab (pasted from a spreadsheet), comma, or Chinese comma/semicolon. */
export function detectDelimiter(text: string): string {
  const sample = text.split(/\r?\n/, 20).join('\n');
  const candidates = ['\t', ',', ';', '，'];
  const counts = candidates.map((delimiter) => sample.split(delimiter).length - 1);
  const best = counts.indexOf(Math.max(...counts));
  return counts[best]! > 0 ? candidates[best]! : '\t';
}

/**
 * Parse delimited text into rows of cells (RFC 4180 quoting: "a""b", quoted line
 * breaks). Trailing empty lines are dropped; a BOM is ignored.
 */
export function parseDelimited(text: string, delimiter = detectDelimiter(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let inQuotes = false;
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i]!;
    if (inQuotes) {
      if (char === '"' && source[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') inQuotes = false;
      else cell += char;
    } else if (char === '"' && cell === '') inQuotes = true;
    else if (char === delimiter) {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  while (rows.length > 0 && rows[rows.length - 1]!.every((value) => value.trim() === '')) rows.pop();
  return rows;
}
