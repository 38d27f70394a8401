/**
 * 常见错误, part 2: the exam day (手册 第四章). Listed under 常见错误 of their
 * guide, on the FAQ page and on the quick-reference cards. Numbers are
 * `{placeholders}` (fact-values.ts).
 */
import type { FaqEntryInput } from './schema';

const mistake = 'mistake' as const;

export const mistakesExamDay: readonly FaqEntryInput[] = [
  { key: 'scratchPaperShort', kind: mistake, question: '草稿纸只按考生人数准备，或签到表、记录表每场只印一份。', answer: '草稿纸按考生名单人数多备 {scratchPaperMarginPercent}；《考场签到表》《考场情况记录表》每场理论、实操各两份，一份上交，一份留档。', guide: '/exam-day/room-setup/#物料准备清单', source: '手册 第四章 二' },
  { key: 'phonesInRoom', kind: mistake, question: '让考生把手机带进考场。', answer: '开考前提醒考生手机不能带入考场，与考试无关的物品一律放在物品存放处；不配合的不允许参加考试。', guide: '/exam-day/duties/#监考人员', source: '手册 第四章 二 3、三（三）2' },
  { key: 'proctorHelps', kind: mistake, question: '监考员替考生操作电脑，或给考生解释题意。', answer: '机器故障、停电等由监考员及时处理，但不允许帮考生操作，也不能解释或提示题意。需要换考生机的写进《考场情况记录表》。', guide: '/exam-day/duties/#监考人员', source: '手册 第四章 三（三）7' },
  { key: 'bootLate', kind: mistake, question: '临近开考才开机。', answer: '开考前 {bootMinutes} 分钟要把服务器、监考机、全部考生机和备用机开好，考生机都停在等待登录界面；开考前 {recheckMinutes} 分钟再检查一遍硬件。', guide: '/exam-day/exam-process/#开考前后的时间点', source: '手册 第四章 三（四）3、4' },
  { key: 'mailOneCopy', kind: mistake, question: '考试结束后把全部表格都寄走，学校没有留档。', answer: '各种表格一式两份：学校留档一份，另一份寄给培训评价组织。', guide: '/exam-day/exam-process/#资料整理邮寄', source: '手册 第四章 四（三）' },
  { key: 'explainQuestion', kind: mistake, question: '考生说题目有问题，监考员当场解释，或让考生先停下来等答复。', answer: '请考生继续答题，把情况上报培训评价组织；监考员不能解释题意或给提示。', guide: '/exam-day/emergencies/', source: '手册 第四章 五 6、三（三）7' },
  { key: 'unsignedRecord', kind: mistake, question: '违纪考生拒绝签字，就不再记录。', answer: '照样填写记录；考生拒不签字时，由所有在场监考人员签字确认。', guide: '/exam-day/emergencies/', source: '手册 第四章 五 8' },
];
