import type { SearchQuestion } from './questions-types';

const roomSetup = '/exam-day/room-setup/';
const duties = '/exam-day/duties/';
const process = '/exam-day/exam-process/';
const emergencies = '/exam-day/emergencies/';
const epidemic = '/exam-day/epidemic/';

/** The last week before the exam and the exam day: room setup, duties, the day's process, emergencies. */
export const questions: SearchQuestion[] = [
  // 考场布置与物料准备
  { question: '草稿纸要准备多少', page: roomSetup },
  { question: '横幅上写什么', page: roomSetup },
  { question: '签到表每场要打印几份', page: roomSetup },
  { question: '监控录像怎么命名', page: roomSetup },
  { question: '讲台上能放什么东西', page: roomSetup },
  { question: '工作牌要做几种', page: roomSetup },
  { question: '封条要准备几个', page: roomSetup },
  // 考务人员职责
  { question: '主考由谁担任', page: duties },
  { question: '考生中途要上厕所怎么办', page: duties },
  { question: '巡考员什么时候开始巡考', page: duties },
  { question: '监考老师能帮考生操作电脑吗', page: duties },
  { question: '考试结束前多久提醒考生', page: duties },
  // 考试流程
  { question: '系统管理员要提前多久开机', page: process },
  { question: '考生提前多久进场', page: process },
  { question: '迟到多久不能进考场', page: process },
  { question: '考生可以提前交卷离场吗', page: process },
  { question: '考试结束后资料寄到哪里', page: process },
  { question: '考前考务会要做什么', page: process },
  { question: '什么时候宣读考生守则', page: process },
  { question: '考完怎么上传成绩', page: process },
  { question: '考生座位间距多少厘米', page: process },
  // 应急处理
  { question: '考试中停电了怎么办', page: emergencies },
  { question: '考试时间能延长吗，谁决定', page: emergencies },
  { question: '考生作弊怎么处理', page: emergencies },
  { question: '违纪考生不肯签字怎么办', page: emergencies },
  { question: '考生突然生病了怎么办', page: emergencies },
  { question: '成绩传不上去怎么办', page: emergencies },
  { question: '监考老师临时来不了怎么办', page: emergencies },
  { question: '学生找不到自己的考场怎么办', page: emergencies },
  { question: '考生说题目有错怎么办', page: emergencies },
  { question: '电脑坏了耽误了考试时间怎么办', page: emergencies },
  // 疫情防控（历史）
  { question: '考生要戴口罩吗', page: epidemic },
  { question: '体温多少度不能进考点', page: epidemic },
];
