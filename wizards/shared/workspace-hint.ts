/**
 * The hint beside a box prefilled from the school workspace or from another wizard, shown
 * only while the box still holds that value, so the user knows it was not typed here and
 * may change it. One sentence for every wizard.
 */

/** Return 「已填入<from><what>，可以修改。」; `from` names the source, e.g. 「「监考与考务人员」向导中的」. */
export function prefillHint(what: string, from = '学校工作区中保存的'): string {
  return `已填入${from}${what}，可以修改。`;
}

/** Return the hint for a box prefilled from the workspace while `value` is the saved one, else ''. */
export function describeWorkspaceValue(value: string, saved: string, what: string): string {
  return value.trim() !== '' && value.trim() === saved.trim() ? prefillHint(what) : '';
}
