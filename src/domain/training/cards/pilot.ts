/** Quick-reference card: 证书试点申报 (手册 第一章). */
import type { QuickCardInput } from '../schema';

export const pilotCard: QuickCardInput = {
  key: 'pilot',
  title: '证书试点申报',
  guide: '/pilot/application/',
  wizard: 'pilot',
  who: '试点院校负责证书工作的老师，用学校在平台注册的账号。',
  when: '每年一次，按本省教育主管部门的通知，在本省规定的申报时间内。',
  where: ['pilotApplication'],
  steps: [
    '在{menu.pilotApplication}查看本省的申报计划和已申报的证书。',
    '点{button.pilotNew}，选择试点证书，添加拟申请的专业。',
    '填写拟申报的培训人数、师资情况描述和场地情况描述（可用本站向导起草）。',
    '{button.pilotSave}，核对无误后{button.pilotSubmit}。',
    '等待省级教育行政部门审核：至少一个证书审核通过，学校才成为本学期的试点院校。',
  ],
  mistakes: ['pilotOutsideWindow', 'pilotScaleTooSmall'],
};
