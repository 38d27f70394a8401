import { setup } from 'xstate';
import { buttons } from '../platform/facts';
import type { LifecycleNodeMeta } from './schema';

/** 手册 第一章 2–4: status of a certificate pilot application in `menus.pilotApplication`. */
export const pilotApplicationLifecycle = setup({
  types: {
    events: {} as { type: 'application.submit' } | { type: 'review.approve' } | { type: 'review.reject' },
    meta: {} as LifecycleNodeMeta,
  },
}).createMachine({
  id: 'pilotApplication',
  meta: { title: '证书试点申报状态', source: '手册 第一章 2–4', where: 'pilotApplication' },
  initial: 'draft',
  states: {
    draft: {
      meta: {
        label: '待提交',
        meaning: `点了「${buttons.pilotSave}」，还没有提交。部分省份的页面显示为“待申报”。`,
        allowed: ['修改', '删除', '提交审核'],
      },
      on: { 'application.submit': { target: 'underReview', description: `点击「${buttons.pilotSubmit}」` } },
    },
    underReview: {
      meta: { label: '待审核', meaning: '等待本省教育主管部门审核。', allowed: ['查看审核状态'] },
      on: {
        'review.approve': { target: 'approved', description: '教育主管部门审核通过' },
        'review.reject': { target: 'rejected', description: '教育主管部门审核不通过' },
      },
    },
    approved: {
      meta: {
        label: '审核通过',
        meaning: '至少一个证书通过时，学校在申报时间结束后成为本学期的试点院校。',
        allowed: ['查看已批准培训人数'],
      },
      type: 'final',
    },
    rejected: {
      meta: { label: '审核不通过', meaning: '这个证书本次没有获批。', allowed: ['查看'] },
      type: 'final',
    },
  },
});
