/** Quick-reference card: 监考与考务人员 (手册 第三章 六, 第四章 开头). */
import type { QuickCardInput } from '../schema';

export const proctorsCard: QuickCardInput = {
  key: 'proctors',
  title: '监考与考务人员',
  guide: '/registration/proctors/',
  wizard: 'staff',
  who: '考点院校的考务工作人员（负责选调监考人员和工作人员）。',
  when: '报考记录完成、核对无误之后；在平台提交的，审核最多需要 {proctorApprovalWorkingDays} 个工作日。',
  where: ['proctors'],
  steps: [
    '定好考点的主考 {chiefExaminerCount} 名、副主考 {deputyExaminerCount} 名、工作人员、系统管理员；巡考员由培训评价组织委派。',
    '按每个考场的考生人数配监考员：不超过 {smallRoomMaxCandidates} 人 {proctorsMinimum} 名，超过时不低于 {proctorRatio}。',
    '请非本专业的任课老师监考；同一时间一个人只能在一个考场（可用本站向导安排）。',
    '在{menu.proctors}提交申报监考人员，或直接把安排告诉培训评价组织。',
  ],
  mistakes: ['ownMajorProctor', 'tooFewProctors', 'proctorsLate'],
};
