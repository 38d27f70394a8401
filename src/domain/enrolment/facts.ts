/**
 * Registering students for an exam (为学生报考) in `menus.enrolment`.
 * 手册 第三章 四. Menu names come from ../platform/facts.ts.
 */
import { menus } from '../platform/facts';
import type { EnrolmentField } from './schema';

/** 手册 第三章 四 1.2 (按证书批量导入报考模板): the template's title and header row, all required. */
export const enrolmentTemplate = {
  title: '按证书批量导入报考模板',
  columns: ['考生姓名', '证件号码', '考生类型', '证书编号', '报考证书', '证书等级', '考核站点编号', '考核站点'],
} as const;

/**
 * 手册 第三章 四 1.2 ①–⑧: what goes in each column. The manual's ⑦ says 考核站点编码
 * while the template header says 考核站点编号; both mean the same code.
 */
export const enrolmentFields: readonly EnrolmentField[] = [
  { column: '考生姓名', rule: '具体参考学生信息' },
  { column: '证件号码', rule: '参考学生证件号码（证件号码18位）' },
  {
    column: '考生类型',
    rule: `选择相对应的“院校考生”或“社会考生”；考生需已通过「${menus.candidates}」上传到对应的栏目，且上传信息已认证通过`,
  },
  { column: '证书编号', rule: '按证书等级填写初级、中级或高级的证书编号（根据编码规则变动）' },
  { column: '报考证书', rule: '网店运营推广职业技能等级证书' },
  { column: '证书等级', rule: '初级/中级/高级' },
  { column: '考核站点编号', rule: `通过「${menus.examSite}」栏目查看具体的编码` },
  {
    column: '考核站点',
    rule: `通过「${menus.examSite}」栏目查看具体的考核站点名称，默认的站点名称为“院校名称+考核证书”`,
  },
];

/** 手册 第三章 四 2.1: the platform creates this many records per candidate (理论 + 实操). */
export const recordsPerCandidate = 2;

/** 手册 第三章 四 2.1, 2.5, 第三章 七: what can change when. */
export const enrolmentRules = {
  /** Only candidates whose information is 信息准确 can be registered. */
  requiredCandidateStatus: '信息准确',
  /** After registration closes nothing can be edited or deleted; no late registration. */
  afterDeadline: '报考结束后，所有报考数据将不能编辑或删除，报名时间截止后将无法补报名。',
  /** Students who registered but did not sit are marked 缺考 by the platform. */
  absentDefault: '实际考试未参加考试的学生，系统会默认为“缺考”状态。',
  /** Only 未排考 records can be deleted (platform limit). */
  deletableStatus: '未排考',
  /** Before scheduling the school may delete, add or replace candidates. */
  beforeScheduling: '排考前试点院校可以修改学生报考记录（删除、增加或替换考生）。',
  /** Registration is complete only after this step, not after uploading students. */
  completionNote: `必须完成为学生报考这一步骤后才算报名成功；仅在「${menus.candidates}」栏目上传学生信息，不算报考成功。`,
  /** The plan must be chosen before importing. */
  choosePlanFirst: '信息填写完成后，要先选择相对应的考核计划，才能正常导入报考记录。',
} as const;

/**
 * 手册 第三章 四 2.4 (批量导出报考数据): the export's columns. The export masks ID
 * numbers, so check IDs against the file you imported.
 */
export const enrolmentExportColumns = [
  '考试计划',
  '考生姓名',
  '考生编号',
  '身份证号',
  '考生类型',
  '准考证号',
  '所属试点院校',
  '所属考核站点',
  '报考证书',
  '证书等级',
  '报考科目',
  '考试方式',
  '考核单位',
  '考试状态',
] as const;

/** 手册 第三章 四 2.4 注意事项. */
export const exportMaskNote = '导出的数据的身份证号栏目数据呈现加密状态，无法查看具体的身份证号码，建议老师通过导入的表格核对身份证号信息。';

/**
 * 手册 第三章 四 2.4 (example 准考证号 2021091600241100) and 第四章 四（二）考生进场 2:
 * candidates log in with the 准考证号; the initial password is its last 6 digits.
 */
export const admissionTicket = {
  example: '2021091600241100',
  passwordDigits: 6,
} as const;
