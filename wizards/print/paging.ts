/** Cutting lists into printed pages, and what every page shows about itself. */

/** Return the items in runs of `size` (the last run may be shorter); an empty list gives one empty page. */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  if (items.length === 0) return [[]];
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
  return pages;
}

/** Return “第 x 页，共 y 页”. */
export function formatPageNumber(index: number, total: number): string {
  return `第 ${index + 1} 页，共 ${total} 页`;
}

/**
 * Return an ID number with the birth date hidden (110105********002X), for desk
 * labels and sign-in sheets on view in the room: the ends are enough to compare
 * with the ID card.
 */
export function maskDocumentNumber(documentNumber: string): string {
  if (documentNumber.length < 10) return documentNumber;
  return `${documentNumber.slice(0, 6)}${'*'.repeat(documentNumber.length - 10)}${documentNumber.slice(-4)}`;
}
