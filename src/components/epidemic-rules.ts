/** A rule with the sub-points listed under it. */
export interface NestedRule {
  text: string;
  subItems: readonly string[];
}

/** Marks the rule whose sub-points follow it as a separate list (手册 第四章 六 7). */
export const subListMarker = '见下方列表。';

/** Return the rules with the sub-points attached to the rule that announces them (and the marker removed). */
export function attachSubItems(rules: readonly string[], subItems: readonly string[]): NestedRule[] {
  const owners = rules.filter((rule) => rule.endsWith(subListMarker));
  if (owners.length !== 1) throw new Error(`Expected one rule ending in ${subListMarker}, found ${owners.length}`);
  return rules.map((rule) =>
    rule.endsWith(subListMarker) ? { text: rule.slice(0, -subListMarker.length), subItems } : { text: rule, subItems: [] },
  );
}
