/**
 * The review deadline as every page states it (常见问题, 术语表, the guides, the
 * quick-reference card): 手册 第三章 八（二）1 gives 7 working days after
 * publication, 附件1 备注 and 八（一）1 the week of 成绩公示 in which reviews are
 * accepted. A school meets both by sending before the earlier one.
 */
import { reviewWindow } from './facts';

export const reviewDeadline = `成绩公布后 ${reviewWindow.requestWithinWorkingDays} 个工作日内、并且在成绩公示期内的一周（${reviewWindow.publicationReviewDays} 天）内（两个期限以先到的为准）`;
