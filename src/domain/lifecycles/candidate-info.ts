import { setup } from 'xstate';
import type { LifecycleNodeMeta } from './schema';

/** 手册 第三章 三 3.1–3.3: status of a student's record in 「考务管理-考生管理」. */
export const candidateInfoLifecycle = setup({
  types: {
    events: {} as
      | { type: 'info.certify' }
      | { type: 'check.pass' }
      | { type: 'check.fail' }
      | { type: 'info.confirmManually' },
    meta: {} as LifecycleNodeMeta,
  },
}).createMachine({
  id: 'candidateInfo',
  meta: { title: '考生信息状态', source: '手册 第三章 三 3.1', where: '「考务管理-考生管理」' },
  initial: 'noPhoto',
  states: {
    noPhoto: {
      meta: {
        label: '无照片',
        meaning: '批量导入学生基本信息后，还没有照片。',
        allowed: ['批量导入考生照片', '修改全部信息', '删除（已报考证书为 0 时）'],
      },
      on: { 'info.certify': { target: 'pendingVerification', description: '导入照片后点击「认证」或「批量认证」' } },
    },
    pendingVerification: {
      meta: {
        label: '信息待认证',
        meaning: '已提交认证，等待与公安系统照片比对，约需 24 小时。',
        allowed: ['修改全部信息', '删除（已报考证书为 0 时）'],
      },
      on: {
        'check.pass': { target: 'accurate', description: '公安系统照片比对通过' },
        'check.fail': { target: 'needsManualCheck', description: '公安系统照片比对失败' },
      },
    },
    needsManualCheck: {
      meta: {
        label: '需人工确认',
        meaning: '与公安系统照片比对失败，需要学校核对。',
        allowed: ['核对信息后点击「人工确认」', '修改全部信息', '删除（已报考证书为 0 时）'],
      },
      on: { 'info.confirmManually': { target: 'accurate', description: '学校核对无误后点击「人工确认」' } },
    },
    accurate: {
      meta: {
        label: '信息准确',
        meaning: '信息已认证，可以为学生报考。',
        allowed: ['为学生报考', '修改姓名、证件号码、证件类型、照片以外的信息', '删除（已报考证书为 0 时）'],
      },
    },
  },
});
