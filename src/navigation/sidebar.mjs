// The sidebar follows a school's year: each group is one stage of the work, in the
// order a school meets it. Pages inside a group are ordered by `sidebar.order`.
/** @type {import('@astrojs/starlight/types').StarlightUserConfig['sidebar']} */
export const sidebar = [
  { label: '开始之前', items: [{ autogenerate: { directory: 'start' } }] },
  { label: '试点申报', items: [{ autogenerate: { directory: 'pilot' } }] },
  { label: '考点申报与考场条件', items: [{ autogenerate: { directory: 'site' } }] },
  { label: '考试报名与考务管理', items: [{ autogenerate: { directory: 'registration' } }] },
  { label: '考务组织（考试当天）', items: [{ autogenerate: { directory: 'exam-day' } }] },
  { label: '证书发放', items: [{ autogenerate: { directory: 'certificates' } }] },
  { label: '参考', items: [{ autogenerate: { directory: 'reference' } }] },
  // For trainers running onboarding sessions: the course, how to run it, and the printable cards.
  {
    label: '培训',
    items: [
      { slug: 'training/course' },
      { slug: 'training/session' },
      { label: '速查卡', collapsed: true, items: [{ autogenerate: { directory: 'training/cards' } }] },
    ],
  },
  { label: '填表向导', link: '/wizards/' },
  { label: '本校工作台', link: '/workbench/' },
];
