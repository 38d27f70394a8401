/** One section or sub-point of the manual and where the guides cover it. */
export interface ManualSection {
  /** The manual's own numbering, e.g. 第三章 三 1 ②. */
  ref: string;
  /** The section's title or a short summary of the sub-point, in the manual's words. */
  title: string;
  /** Guide page and heading that cover it: `/registration/candidates/#导入学生信息`. */
  coveredBy: string;
}
