/** Quick-reference card: 考试当天 (手册 第四章 二–五). */
import type { QuickCardInput } from '../schema';

export const examDayCard: QuickCardInput = {
  key: 'exam-day',
  title: '考试当天',
  guide: '/exam-day/exam-process/',
  wizard: 'materials',
  who: '主考统筹；工作人员、系统管理员、监考员按分工，巡考员巡视。',
  when: '物料：{milestone.materials}；考试：{milestone.exam}。',
  whereNote: '考场和考务办公室；准考证、桌贴、门贴和签到表在{menu.schedule}下载。',
  steps: [
    '考前：打印物料、布置考场、贴好门贴和桌贴，完成考场封场确认（可用本站向导算物料数量和打印）。',
    '开考前 {bootMinutes} 分钟：服务器、监考机、全部考生机和备用机开机，考生机停在等待登录界面。',
    '开考前 {admitMinutes} 分钟：考生入场，核对身份证和准考证，签到；用准考证号登录，初始密码是后 {passwordDigits} 位。',
    '开考后 {entryClosesMinutes} 分钟不再入场；突发情况按应急处理办法处理并记录。',
    '考后：核对缺考，上传成绩；各种表格一式两份，一份留档，一份寄培训评价组织。',
  ],
  mistakes: ['bootLate', 'phonesInRoom', 'proctorHelps', 'mailOneCopy'],
};
