/** Quick-reference card: 考点申报 (手册 第二章, 第四章 一). */
import type { QuickCardInput } from '../schema';

export const siteCard: QuickCardInput = {
  key: 'site',
  title: '考点申报',
  guide: '/site/application/',
  wizard: 'site',
  who: '已经是试点院校的学校，由负责考务的老师申报。',
  when: '随时可以申报；要在本校第一次组织考试之前，最晚在考试报名截止（{milestone.registration}）前完成。',
  where: ['examSite'],
  steps: [
    '先按考场条件逐项自查：服务器、监考机、考生机、网络、屏蔽和监控设备、场地、人员（可用本站向导自查）。',
    '在{menu.examSite}填写考核站点信息；考核站点名称由平台按“院校名称+考核证书”自动生成。',
    '在“其他材料”上传盖章的{siteApplicationForm}。',
    '提交后由培训评价组织每天审核；未提交或审核退回的可以修改、删除。',
    '通过后在{menu.examSite}查看考核站点编码，报考时要用。',
  ],
  mistakes: ['duplicateSite', 'siteFormMissing'],
};
