/** Quick-reference card: 考生信息导入 (手册 第三章 三 1). */
import type { QuickCardInput } from '../schema';

export const candidatesCard: QuickCardInput = {
  key: 'candidates',
  title: '考生信息导入',
  guide: '/registration/candidates/',
  wizard: 'candidates',
  who: '考务工作人员：负责考生报名信息的收集、核验和系统录入。',
  when: '报名截止（{milestone.registration}）前尽早完成：之后还要导入照片并认证，认证约需 {photoCheckHours} 小时。',
  where: ['candidates'],
  whereNote: '分“院校考生”和“社会考生”两个栏目，按钮{button.candidatesImport}。',
  steps: [
    '在{menu.candidates}下载本校学生导入模板。',
    '收集每位学生的姓名、拼音、性别、证件类型和号码、手机号码、入学年份、专业层次、专业和代码。',
    '用本站的「考生信息导入」向导检查名单：证件号码、拼音、重复、全角字符，逐条改正。',
    '试点专业、在批准规模之内的是院校考生，其余是社会考生：分别导入对应的栏目。',
    '接着导入照片并认证；考生信息只导入一次，以后每次考试都用它。',
  ],
  mistakes: ['pinyinFormat', 'wrongCandidateList', 'idMangled'],
};
