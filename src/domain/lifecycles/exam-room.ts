import { setup } from 'xstate';
import { buttons } from '../platform/facts';
import type { LifecycleNodeMeta } from './schema';

/** 手册 第三章 五 2.1–2.4: status of a room in `menus.rooms`. */
export const examRoomLifecycle = setup({
  types: {
    events: {} as { type: 'schedule.open' } | { type: 'schedule.close' },
    meta: {} as LifecycleNodeMeta,
  },
}).createMachine({
  id: 'examRoom',
  meta: { title: '考场状态', source: '手册 第三章 五 2.1–2.4', where: 'rooms' },
  initial: 'notScheduled',
  states: {
    notScheduled: {
      meta: {
        label: '未排考',
        meaning: '学校已设置考场，排考还没开始。',
        allowed: [buttons.view, `${buttons.edit}全部信息`, buttons.delete],
      },
      on: { 'schedule.open': { target: 'scheduling', description: '考核计划进入排考时间' } },
    },
    scheduling: {
      meta: {
        label: '排考中',
        meaning: '所选考核计划正在排考时间范围内。',
        allowed: [buttons.view, '只能增加考位数，不能减少'],
      },
      on: { 'schedule.close': { target: 'finished', description: '排考时间结束' } },
    },
    finished: {
      meta: { label: '已结束', meaning: '排考已结束。', allowed: [buttons.view] },
      type: 'final',
    },
  },
});
