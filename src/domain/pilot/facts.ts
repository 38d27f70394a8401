/**
 * Applying to pilot the certificate (证书试点申报) in `menus.pilotApplication`.
 * 手册 第一章.
 */
import { buttons } from '../platform/facts';
import type { PilotFormField } from './schema';

/** 手册 第一章 1: where to apply. */
export const pilotEntry = {
  url: 'https://vslc.ncb.edu.cn/csr-home',
  platform: '1+X 职业技能等级证书信息管理服务平台-试点院校业务平台',
} as const;

/** 手册 第一章 注意事项 1–3. */
export const pilotNotes = [
  '证书试点申请每年进行一次，院校需根据本年度的考核计划申报本年度的试点级别和规模。',
  '证书试点申报每个省份的时间不同，院校应在本省时间范围进行试点申报。',
  '院校试点申请由本省的教育主管部门进行审核，院校应根据本省的要求填写对应的证书试点申报信息。',
] as const;

/** 手册 第一章 (申报计划 screenshot 注意): a second batch may be added for new certificates. */
export const secondBatchNote =
  '原则上每年都需要进行一次本年度证书试点的申报，请将您本年度需要试点的证书，都申报一次。若本年度有新加入的证书，省级教育行政部门会酌情增加第二次，用于补报新的证书试点。';

/** 手册 第一章 (申报计划 screenshot): columns of the province's plan list. */
export const provincePlanColumns = ['申报批次', '申报时间', '是否要求按专业填报', '是否需要地市教育局审批', '状态'] as const;

/** 手册 第一章 (申报列表 screenshot): columns of the school's applications. */
export const applicationListColumns = ['申报批次', '证书名称', '颁证机构', '拟申报培训人数', '已批准培训人数', '状态', '操作'] as const;

/** 手册 第一章 3 (申报证书试点 form): the form's fields in the platform's order. */
export const pilotFormFields: readonly PilotFormField[] = [
  { label: '申报批次', isRequired: false, kind: 'shown', note: '由所选的申报计划带出，例如“2020年第一次”' },
  { label: '选择试点证书', isRequired: true, kind: 'choice' },
  { label: '拟申请的专业名称', isRequired: false, kind: 'list', note: `逐个输入后点「${buttons.pilotAddMajor}」` },
  { label: '拟申报的培训人数', isRequired: true, kind: 'number' },
  { label: '师资情况描述', isRequired: true, kind: 'richText' },
  { label: '场地情况描述', isRequired: true, kind: 'richText' },
  { label: '其他佐证材料', isRequired: false, kind: 'file', note: '选填' },
];

/** 手册 第一章 4: what makes a school a pilot school. */
export const pilotOutcome =
  '证书申报时间结束后，若您所申报的证书至少有一个通过了审批，那您的院校将正式成为本学期的试点院校，反之则不能成为试点院校。成为试点院校后，将可以用本次注册的账号密码登录试点院校业务平台。';
