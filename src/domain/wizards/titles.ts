/**
 * The site's wizards by slug, in the order a school meets them in a year, and the
 * title each goes by. Facts the guides' links, the wizards' catalog (`wizards/catalog.ts`,
 * which adds what each produces and its guide) and the domain's messages (a consistency
 * finding names the wizard that fixes it in 「」) all use, so they live here once.
 */
export const wizardSlugs = ['pilot', 'site', 'candidates', 'photos', 'registration', 'rooms', 'staff', 'materials', 'timeline', 'review', 'certificates'] as const;

export type WizardSlug = (typeof wizardSlugs)[number];

/** Title shown in lists, page headings and messages. */
export const wizardTitles: Record<WizardSlug, string> = {
  pilot: '试点申报',
  site: '考点申报与考场条件自查',
  candidates: '考生信息导入',
  photos: '考生照片打包',
  registration: '为学生报考',
  rooms: '考场设置',
  staff: '监考与考务人员',
  materials: '考试当天物料',
  timeline: '考务时间表',
  review: '成绩复查申请',
  certificates: '证书签发准备',
};
