/**
 * Working days (工作日) in mainland China: how periods are counted. The holiday data
 * itself comes from the `chinese-days` package (see `holiday-data.ts`), which follows
 * the State Council's yearly notice 《国务院办公厅关于××年部分节假日安排的通知》.
 * Not in the manual: see /work/shared/DOMAIN.md "Working days".
 */

/**
 * Whether the day an event happens on counts as day 1 of a period after it. The manual
 * leaves this open ("于成绩公布 7 个工作日内"); we follow the general rule of Chinese law,
 * 《中华人民共和国民法典》第二百零一条: "按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。"
 * Every screen that counts shows this assumption.
 */
export const periodCounting = {
  startDayCounts: false,
  assumption: '公布当天不计入，从次日起算第 1 个工作日',
  basis: '《中华人民共和国民法典》第二百零一条：按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。',
} as const;

/** Where the yearly holiday arrangement is published, for users checking a year we do not have. */
export const holidayAuthority = {
  notice: '《国务院办公厅关于部分节假日安排的通知》',
  publisher: '国务院办公厅',
  usualMonth: '通常在上一年的 11 月前后发布',
} as const;

/** Weekday names, Sunday first (as `Date.getUTCDay()` numbers them). */
export const weekdayNames = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const;
