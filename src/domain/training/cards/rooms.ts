/** Quick-reference card: 考场设置 (手册 第三章 五). */
import type { QuickCardInput } from '../schema';

export const roomsCard: QuickCardInput = {
  key: 'rooms',
  title: '考场设置',
  guide: '/registration/rooms/',
  wizard: 'rooms',
  who: '考点院校的考务工作人员，与管机房的系统管理员一起确定。',
  when: '每次考试都要设置：为学生报考之后、排考开始之前。',
  where: ['rooms'],
  whereNote: '单个用{button.roomAdd}，多个用{button.roomImport}。',
  steps: [
    '清点当天能用的机房和能正常使用的机位数；备用考场不在平台设置。',
    '按实际考生人数定考位数：原则上每考场 {candidatesPerRoom} 人，考生平均分到各考场（可用本站向导计算）。',
    '每个考场填写考核计划、考核站点、考试科目、考场名称、考场地址、详细地址和考位数。',
    '核对考场数、考位数与报考人数一致；排考开始后考位数只能增加。',
  ],
  mistakes: ['spareRoomSet', 'reduceSeats', 'seatsAsMachines'],
};
