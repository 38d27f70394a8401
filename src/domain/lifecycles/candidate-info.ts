import { setup } from 'xstate';
import { lockedWhenAccurate, photoCheckHours } from '../candidates/facts';
import { buttons } from '../platform/facts';
import type { LifecycleNodeMeta } from './schema';

const deletable = `${buttons.delete}（没有报考任何证书时）`;

/** 手册 第三章 三 3.1–3.3: status of a student's record in `menus.candidates`. */
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
  meta: { title: '考生信息状态', source: '手册 第三章 三 3.1', where: 'candidates' },
  initial: 'noPhoto',
  states: {
    noPhoto: {
      meta: {
        label: '无照片',
        meaning: '批量导入学生基本信息后，还没有照片。',
        allowed: ['批量导入考生照片', '修改全部信息', deletable],
      },
      on: { 'info.certify': { target: 'pendingVerification', description: `导入照片后点击「${buttons.certify}」或「${buttons.certifyBatch}」` } },
    },
    pendingVerification: {
      meta: {
        label: '信息待认证',
        meaning: `已提交认证，等待与公安系统照片比对，约需 ${photoCheckHours} 小时。`,
        allowed: ['修改全部信息', deletable],
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
        allowed: [`核对信息后点击「${buttons.confirmManually}」`, '修改全部信息', deletable],
      },
      on: { 'info.confirmManually': { target: 'accurate', description: `学校核对无误后点击「${buttons.confirmManually}」` } },
    },
    accurate: {
      meta: {
        label: '信息准确',
        meaning: '信息已认证，可以为学生报考。',
        allowed: ['为学生报考', `修改${lockedWhenAccurate.join('、')}以外的信息`, deletable],
      },
    },
  },
});
