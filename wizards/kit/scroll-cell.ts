/**
 * 在表格中查看: bring a cell of an editable table into view with its row and the
 * row's name. The table scrolls inside its own box (`.wizard-table-wrap`) and
 * keeps its first columns sticky, so a plain `scrollIntoView` can leave the cell
 * under them; this scrolls it clear.
 */

/** True for a cell that stays at the left when the table scrolls sideways (a header cell may be sticky at the top only). */
function isStickyLeft(cell: Element): boolean {
  const style = getComputedStyle(cell);
  return style.position === 'sticky' && style.left !== 'auto';
}

/** Scroll the page and `wrap` so the cell holding `control` is shown beside its row's sticky columns. */
export function scrollCellIntoView(wrap: HTMLElement, control: HTMLElement): void {
  const cell = control.closest<HTMLElement>('td, th') ?? control;
  cell.scrollIntoView({ block: 'center', inline: 'nearest' });
  if (isStickyLeft(cell)) return;
  const stickyRight = Math.max(
    wrap.getBoundingClientRect().left,
    ...[...(cell.parentElement?.children ?? [])]
      .filter((sibling) => sibling !== cell && isStickyLeft(sibling))
      .map((sibling) => sibling.getBoundingClientRect().right),
  );
  const box = cell.getBoundingClientRect();
  const right = wrap.getBoundingClientRect().left + wrap.clientWidth;
  const margin = 8;
  if (box.left < stickyRight) wrap.scrollLeft -= stickyRight - box.left + margin;
  else if (box.right > right) wrap.scrollLeft += Math.min(box.right - right + margin, box.left - stickyRight - margin);
}

/**
 * Keep the browser's own scrolling (Tab from cell to cell) clear of the sticky
 * columns: the scroll box's left padding for scrolling is their width. Set through
 * the CSSOM, which a strict CSP allows.
 */
export function padScrollingPastStickyColumns(wrap: HTMLElement): void {
  const header = wrap.querySelector('thead tr');
  if (!header) return;
  const sticky = [...header.children].filter(isStickyLeft);
  const width = sticky.reduce((sum, cell) => sum + cell.getBoundingClientRect().width, 0);
  wrap.style.scrollPaddingLeft = `${Math.ceil(width)}px`;
}

/** Focus a cell's control the way 在表格中查看 shows it: scrolled clear of its row's sticky columns (a `FocusField`). */
export function focusCell(control: HTMLElement): boolean {
  const wrap = control.closest<HTMLElement>('.wizard-table-wrap');
  if (!wrap) return false;
  scrollCellIntoView(wrap, control);
  control.focus({ preventScroll: true });
  return true;
}
