// The sidebar follows a school's year: each group is one stage of the work, in the
// order a school meets it. Pages inside a group are ordered by `sidebar.order`.
/** @type {import('@astrojs/starlight/types').StarlightUserConfig['sidebar']} */
export const sidebar = [
  { label: '开始之前', items: [{ autogenerate: { directory: 'start' } }] },
  { label: '填表向导', link: '/wizards/' },
];
