/**
 * Setting up exam rooms (设置考场信息) in 「考务管理-考场管理」. 手册 第三章 五.
 */
import type { RoomField } from './schema';

/** 手册 第三章 五 1 ①–⑦: what each room needs on the platform. */
export const roomFields: readonly RoomField[] = [
  {
    key: 'plan',
    name: '考核计划',
    rule: '本次考试对应的考核计划，建议通过「考试管理-考试计划」栏目直接复制考核计划名称后选中对应的考核计划',
  },
  { key: 'site', name: '考核站点', rule: '考生考试的考点学校，借考考生需填写前往考试院校的考核站点名称' },
  { key: 'subject', name: '考试科目', rule: '证书选网店运营推广职业技能等级证书，科目按级别选理论或实操（带科目编号）' },
  {
    key: 'roomName',
    name: '考场名称',
    rule: '考场指机房、教室或实训室，尽量填写其名字，例如“XX教学楼XX室/机房”；当天考试用几个考试机房就设置几个考场，备用考场不在系统中设置',
  },
  { key: 'address', name: '考场地址', rule: '按实际的考场地址填写' },
  { key: 'detailedAddress', name: '详细地址', rule: '按实际的考场地址填写' },
  { key: 'seats', name: '考位数', rule: '考位数按实际考生人数设置' },
  { key: 'roomType', name: '考场类型', rule: '无需填写，将根据选择的考试科目的考场类型自动生成' },
];

/** 手册 第三章 五 1 ⑥: the manual's worked example of spreading candidates over rooms. */
export const seatExample = { candidates: 90, rooms: 2, machines: 150, seatsPerRoom: [45, 45] } as const;

/** 手册 第四章 二 4: in principle 40 candidates a room, one machine each. */
export const candidatesPerRoomInPrinciple = 40;

/** 手册 第三章 五 1: rooms are set up again for every exam; earlier settings can be reused. */
export const roomReuseNote = '考场信息是参加每次考试均需要设置一次的，如果考场信息没啥变化可以延用之前的考场设置记录（该功能仅试点院校平台支持）。';

/** 手册 第三章 五 开头: rooms and seats must match the plan's candidates. */
export const roomMatchNote = '考场数量、考场机位数要和本次计划考生人数要相匹配，考点院校要提前协调好考场，确定每个考场容纳人数等。';

/** 手册 第三章 五 2.6 (批量导出考场信息): the export's columns. */
export const roomExportColumns = [
  '所属考试计划',
  '所属考核站点',
  '所属院校',
  '考场名称',
  '考场类型',
  '考位数',
  '考场地址',
  '详细地址',
  '本次组织考试的证书',
  '状态',
] as const;
