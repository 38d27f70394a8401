/**
 * The hint beside a box prefilled from the school workspace, shown only while the box still
 * holds the saved value, so the user knows it was not typed here and may change it.
 */

/** Return 「已填入学校工作区中保存的<what>，可以修改。」 while `value` is the saved one, else ''. */
export function describeWorkspaceValue(value: string, saved: string, what: string): string {
  return value.trim() !== '' && value.trim() === saved.trim() ? `已填入学校工作区中保存的${what}，可以修改。` : '';
}
