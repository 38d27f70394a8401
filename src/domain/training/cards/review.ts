/** Quick-reference card: 成绩查询与复查 (手册 第三章 八). */
import type { QuickCardInput } from '../schema';

export const reviewCard: QuickCardInput = {
  key: 'review',
  title: '成绩查询与复查',
  guide: '/registration/score-review/',
  wizard: 'review',
  who: '考生向学校提出；学校的考务老师核对后，以学校为单位统一提交。',
  when: '成绩公示（{milestone.publication}）开始后；复查要在{reviewDeadline}提出。',
  whereNote: '复查申请不在平台上：填写成绩复查表，发电子邮件；成绩在{menu.scores}和{menu.results}查看。',
  steps: [
    '在{menu.scores}导出成绩，在{menu.results}查看谁通过了证书考核。',
    '收集要复查的考生：姓名、准考证号、身份证号、报考级别、理论和实操成绩、复查理由。',
    '填写成绩复查表，按要求命名后发送（可用本站向导算截止日期并生成表格）。',
    '培训评价组织在 {reviewAnswerWorkingDays} 个工作日内答复；公示期过后成绩锁定，不能再改。',
  ],
  mistakes: ['reviewLate', 'reviewObjective'],
};
