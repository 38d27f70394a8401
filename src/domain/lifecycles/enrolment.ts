import { setup } from 'xstate';
import { buttons, menus } from '../platform/facts';
import type { LifecycleNodeMeta } from './schema';

/**
 * 手册 第三章 四 2.1、2.2、2.5: status of each 报考 record (one per subject) in
 * `menus.enrolmentRecords`. The manual says absentees are marked 缺考, not from which
 * status: our reading is from 待考试.
 */
export const enrolmentLifecycle = setup({
  types: {
    events: {} as
      | { type: 'schedule.assign' }
      | { type: 'exam.start' }
      | { type: 'exam.end' }
      | { type: 'exam.miss' },
    meta: {} as LifecycleNodeMeta,
  },
}).createMachine({
  id: 'enrolment',
  meta: { title: '报考记录状态', source: '手册 第三章 四 2.1、2.2、2.5', where: 'enrolmentRecords' },
  initial: 'notScheduled',
  states: {
    notScheduled: {
      meta: {
        label: '未排考',
        meaning: '导入报考后、排考之前。',
        allowed: [`单个${buttons.delete}`, buttons.enrolmentDelete, '增加或替换考生（报考结束前）'],
      },
      on: { 'schedule.assign': { target: 'awaitingExam', description: '鸿科经纬公司排考' } },
    },
    awaitingExam: {
      meta: {
        label: '待考试',
        meaning: '已排考，科目考试还没开始。',
        allowed: [`下载准考证、桌贴、门贴、签到表（「${menus.schedule}」）`],
      },
      on: {
        'exam.start': { target: 'inProgress', description: '到达科目考试开始时间' },
        'exam.miss': { target: 'absent', description: '考生未参加考试，系统默认', meta: { isInferred: true } },
      },
    },
    inProgress: {
      meta: { label: '考试中', meaning: '当前时间在科目考试时间之内。', allowed: [] },
      on: { 'exam.end': { target: 'finished', description: '过了科目考试结束时间' } },
    },
    finished: {
      meta: { label: '已结束', meaning: '当前时间晚于科目考试结束时间。', allowed: ['成绩公示后查询科目成绩'] },
      type: 'final',
    },
    absent: {
      meta: { label: '缺考', meaning: '报考了但没有参加考试的考生，系统默认标为缺考。', allowed: [] },
      type: 'final',
    },
  },
});
