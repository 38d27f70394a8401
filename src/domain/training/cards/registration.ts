/** Quick-reference card: 为学生报考 (手册 第三章 四). */
import type { QuickCardInput } from '../schema';

export const registrationCard: QuickCardInput = {
  key: 'registration',
  title: '为学生报考',
  guide: '/registration/enrolment/',
  wizard: 'registration',
  who: '考试院校的考务工作人员。',
  when: '考核计划的报考时间内，最晚{milestone.registration}；截止后不能补报，也不能修改或删除。',
  where: ['enrolmentImport', 'enrolmentRecords'],
  whereNote: '模板选{button.enrolmentByCertificate}。',
  steps: [
    '确认要报考的学生在{menu.candidates}都已是“信息准确”。',
    '下载“按证书导入”模板，每位考生一行，填写证书编号、等级和考核站点编码（可用本站向导生成）。',
    '先选中对应的考核计划，再导入填好的表格。',
    '在{menu.enrolmentRecords}核对：记录数应正好是考生人数的 {recordsPerCandidate} 倍（理论、实操各一条）。',
  ],
  mistakes: ['importIsNotEnrolment', 'planNotChosen', 'lateChanges', 'maskedExport'],
};
