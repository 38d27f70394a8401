import { setup } from 'xstate';
import { buttons } from '../platform/facts';
import type { LifecycleNodeMeta } from './schema';

/**
 * 手册 第二章 2.2–2.4: status of the school's application in `menus.examSite`. Where a
 * withdrawn or returned application goes next is not in the manual: our reading.
 */
export const examSiteLifecycle = setup({
  types: {
    events: {} as
      | { type: 'application.submit' }
      | { type: 'application.withdraw' }
      | { type: 'review.approve' }
      | { type: 'review.return' },
    meta: {} as LifecycleNodeMeta,
  },
}).createMachine({
  id: 'examSite',
  meta: { title: '考核站点申报状态', source: '手册 第二章 1、2.2–2.4', where: 'examSite' },
  initial: 'notSubmitted',
  states: {
    notSubmitted: {
      meta: {
        label: '未提交',
        meaning: '已填写保存，还没有提交审核。',
        allowed: [buttons.view, buttons.edit, buttons.delete, buttons.siteDeleteBatch, '提交'],
      },
      on: { 'application.submit': { target: 'submitted', description: '提交申报' } },
    },
    submitted: {
      meta: {
        label: '已提交',
        meaning: '已提交，等待培训评价组织审核（培训评价组织每天审核）。',
        allowed: [buttons.view, '撤销（培训评价组织尚未审核时）'],
      },
      on: {
        'application.withdraw': { target: 'notSubmitted', description: '审核前撤销考核站点', meta: { isInferred: true } },
        'review.approve': { target: 'approved', description: '培训评价组织审核通过' },
        'review.return': { target: 'returned', description: '培训评价组织审核退回' },
      },
    },
    returned: {
      meta: {
        label: '审核退回',
        meaning: '培训评价组织退回了申报，需要修改后重新提交。',
        allowed: [buttons.view, buttons.edit, buttons.delete, buttons.siteDeleteBatch, '重新提交'],
      },
      on: { 'application.submit': { target: 'submitted', description: '修改后重新提交', meta: { isInferred: true } } },
    },
    approved: {
      meta: {
        label: '审核通过',
        meaning: '学校成为考核站点；每所学校只能有一个考核站点，不能再次申报。',
        allowed: [buttons.view],
        isInferred: true,
      },
      type: 'final',
    },
  },
});
