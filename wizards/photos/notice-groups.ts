/**
 * Photos with the very same notices, shown once: a pack where fifty photos share one
 * reminder (all PNG, say) reads as one line with a count, not fifty identical cards,
 * while a photo with notices of its own keeps its card.
 */

/** Photos that share exactly the same notices, in the order the first of them came. */
export interface NoticeGroup<TItem> {
  notices: readonly string[];
  items: TItem[];
}

/** Return `items` grouped by their list of notices (same notices in the same order), groups in order of first appearance. */
export function groupByNotices<TItem>(items: readonly TItem[], noticesOf: (item: TItem) => readonly string[]): NoticeGroup<TItem>[] {
  const groups = new Map<string, NoticeGroup<TItem>>();
  for (const item of items) {
    const notices = noticesOf(item);
    // The notices are whole sentences: a line break cannot occur inside one, so it separates them safely.
    const key = notices.join('\n');
    const group = groups.get(key);
    if (group) group.items.push(item);
    else groups.set(key, { notices, items: [item] });
  }
  return [...groups.values()];
}
