/**
 * Recognising the columns of a school's list: find the header row (the platform's
 * template has notes rows above it), match each header to a template column by
 * its name or a common alias, and leave unknown ones for the user to map.
 */
import { headerAliases } from './facts';
import type { CandidateColumnKey } from './schema';

/** How many rows from the top are searched for the header row. */
const headerSearchRows = 20;

/** Return a header in comparable form: no spaces, `*`, brackets or their contents, colons. */
export function normalizeHeader(header: string): string {
  return header
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[\s*＊:：\u3000]/g, '')
    .toLowerCase();
}

const aliasIndex = new Map<string, CandidateColumnKey>(
  (Object.entries(headerAliases) as Array<[CandidateColumnKey, readonly string[]]>).flatMap(([key, aliases]) =>
    aliases.map((alias) => [normalizeHeader(alias), key] as [string, CandidateColumnKey]),
  ),
);

/** Return the template column a header names, or null when unknown. */
export function matchHeader(header: string): CandidateColumnKey | null {
  return aliasIndex.get(normalizeHeader(header)) ?? null;
}

/** Return the index of the row that looks most like a header row, or -1 when none matches at least two columns. */
export function findHeaderRow(rows: readonly (readonly string[])[]): number {
  let best = -1;
  let bestCount = 1;
  rows.slice(0, headerSearchRows).forEach((row, index) => {
    const count = new Set(row.map(matchHeader).filter(Boolean)).size;
    if (count > bestCount) {
      best = index;
      bestCount = count;
    }
  });
  return best;
}

/** Return, for each source column, the template column it maps to (each template column used once), or null. */
export function suggestMapping(headers: readonly string[]): Array<CandidateColumnKey | null> {
  const used = new Set<CandidateColumnKey>();
  return headers.map((header) => {
    const key = matchHeader(header);
    if (!key || used.has(key)) return null;
    used.add(key);
    return key;
  });
}
