/**
 * 在表格中查看: bring a cell of an editable table into view with its row and the
 * row's name. The table scrolls inside its own box (`.wizard-table-wrap`) and
 * keeps its first columns sticky, so a plain `scrollIntoView` can leave the cell
 * under them; this scrolls it clear.
 */

/** Scroll the page and `wrap` so the cell holding `control` is shown beside its row's sticky columns. */
export function scrollCellIntoView(wrap: HTMLElement, control: HTMLElement): void {
  const cell = control.closest<HTMLElement>('td, th') ?? control;
  cell.scrollIntoView({ block: 'center', inline: 'nearest' });
  if (getComputedStyle(cell).position === 'sticky') return;
  const stickyRight = Math.max(
    wrap.getBoundingClientRect().left,
    ...[...(cell.parentElement?.children ?? [])]
      .filter((sibling) => sibling !== cell && getComputedStyle(sibling).position === 'sticky')
      .map((sibling) => sibling.getBoundingClientRect().right),
  );
  const box = cell.getBoundingClientRect();
  const right = wrap.getBoundingClientRect().left + wrap.clientWidth;
  const margin = 8;
  if (box.left < stickyRight) wrap.scrollLeft -= stickyRight - box.left + margin;
  else if (box.right > right) wrap.scrollLeft += Math.min(box.right - right + margin, box.left - stickyRight - margin);
}
