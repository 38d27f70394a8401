/**
 * Time points of an exam session, relative to a subject's start or end time.
 * Gathered from 手册 第四章 三 (职责) and 四 (二) (考核当天).
 */
import type { RunSheetPoint } from './schema';

export const runSheetPoints: readonly RunSheetPoint[] = [
  {
    key: 'bootMachines',
    anchor: 'start',
    minutes: -90,
    action: '服务器、监考机、全部考生机、备用机开机；依次启动服务器程序、监考机程序，所有考生机进入等待登录界面',
    who: '系统管理员',
    isOncePerRoomDay: true,
    source: '手册 第四章 三（四）3',
  },
  {
    key: 'recheckHardware',
    anchor: 'start',
    minutes: -30,
    action: '再次检查考生机及电源、电线、交换机、网线等硬件设备是否运行正常',
    who: '系统管理员',
    source: '手册 第四章 三（四）4',
  },
  {
    key: 'admitCandidates',
    anchor: 'start',
    minutes: -30,
    action: '组织考生入场：核对准考证和身份证（缺一不可），考生在《考场签到表》签字；手机等物品放到物品存放处',
    who: '监考员',
    source: '手册 第四章 三（三）1、2；四（二）考生进场 1',
  },
  {
    key: 'login',
    anchor: 'start',
    minutes: -30,
    action: '指导考生用准考证号登录考试系统（初始密码为准考证号后 6 位），核对屏幕上的姓名和准考证号（手册没有写登录的时间，本站排在考生入场时、宣读考生守则之前）',
    who: '监考员',
    source: '手册 第四章 四（二）考生进场 2',
  },
  {
    key: 'readRules',
    anchor: 'start',
    minutes: -15,
    action: '宣读《考生守则》《违纪舞弊处理规定》',
    who: '监考员',
    source: '手册 第四章 四（二）考生进场 3',
  },
  {
    key: 'inspectorRound',
    anchor: 'start',
    minutes: -15,
    action: '巡考开始：着重巡视各考场的考前准备，督促不规范的考场改正',
    who: '巡考员',
    source: '手册 第四章 三（五）2、3',
  },
  {
    key: 'start',
    anchor: 'start',
    minutes: 0,
    action: '考生点击考核平台页面上相应科目进入考试，开考',
    who: '监考员',
    source: '手册 第四章 四（二）考生进场 4',
  },
  {
    key: 'secondCheck',
    anchor: 'start',
    minutes: 15,
    action: '对照《考场签到表》逐一核对身份证、准考证和桌贴信息，检查有无遗漏未签到的考生',
    who: '监考员',
    source: '手册 第四章 四（二）考核开始 1、4',
  },
  {
    key: 'entryCloses',
    anchor: 'start',
    minutes: 30,
    action: '考生不得再进入考场；在《考场情况记录表》记录缺考情况',
    who: '监考员',
    source: '手册 第四章 三（三）3；四（二）考核开始 2',
  },
  {
    key: 'practicalEarlyLeave',
    anchor: 'end',
    minutes: -30,
    action: '经学校主考同意，实操考生可以开始离场（手册原文为“实操于考核前 30 分钟内离场”，本站理解为结束前 30 分钟内）',
    who: '主考、监考员',
    subjectKind: '实操',
    source: '手册 第四章 四（二）考核开始 5',
  },
  {
    key: 'timeReminder',
    anchor: 'end',
    minutes: -15,
    action: '提醒考生注意时间',
    who: '监考员',
    source: '手册 第四章 三（三）9；四（二）考核开始 3',
  },
  {
    key: 'theoryEarlyLeave',
    anchor: 'end',
    minutes: -15,
    action: '经学校主考同意，理论考生可以开始离场',
    who: '主考、监考员',
    subjectKind: '理论',
    source: '手册 第四章 四（二）考核开始 5',
  },
  {
    key: 'stop',
    anchor: 'end',
    minutes: 0,
    action: '宣布停止答题；回收全部考试资料；《考场签到表》《考场情况记录表》等资料密封上交',
    who: '监考员',
    source: '手册 第四章 三（三）9',
  },
];

/** 手册 第四章 四（二）考核开始 5: candidates of one level with morning and afternoon sessions stay in the waiting area. */
export const waitingAreaRule = '同一等级安排上下午场的学生于结束前不得离开候考区。';

/** 手册 第四章 三（五）5: who may extend an exam, by length of the extension in minutes. */
export const extensionRule = {
  thresholdMinutes: 15,
  upToThreshold: '由主考、巡考员决定，并报鸿科经纬公司',
  overThreshold: '由鸿科经纬公司决定，并在《考场情况记录表》中记录',
} as const;

/** 手册 第四章 三（三）6: only one candidate of a room may leave at a time, accompanied. */
export const temporaryLeaveRule = '同一时间同一考场只允许一名考生离开，并由监考老师全程陪同。';

/**
 * This site's reading for sessions that follow each other in one room: the manual times the
 * preparation (开考前 90、30、15 分钟) for one session at a time, and applied to each session of
 * a back-to-back day it would fall while the previous session is still running.
 */
export const backToBackReading =
  '手册按单场写出开考前 90、30、15 分钟的准备。同一考场同一天有几场时，本站的理解是：开机只在当天第一场前做一次，之后机器保持开机；其余准备每场都做，两场之间来不及按手册时间做的，在上一场结束后立即做，绝不与正在进行的考试重叠。';
