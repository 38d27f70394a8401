/**
 * Menu paths and button names of the 试点院校业务平台. Guides and wizards quote these
 * in 「」 (<MenuPath>, <ButtonLabel>, `menus.x`) so staff can find them on screen, and
 * never type them by hand (tests/unit/content/no-hand-typed-numbers.test.ts).
 *
 * The manual names some menus two ways and writes paths with 「-」 and once with
 * 「—」. Each menu has one name here, written with 「-」; the manual's other
 * spellings are `menuAliases`, shown beside the name where a reader may meet them.
 */

/** 第二章 (twice): the menu of 考点申报; 第三章 四 1.2 ⑦⑧ calls it 考核站点管理 (see `menuAliases`). */
const examSite = '考务管理-考核站点';

/** Where each task is done on the platform: 手册 section in each comment. */
export const menus = {
  /** 第一章: 证书试点申报. */
  pilotApplication: '证书管理-证书试点申报',
  /** 第二章: 考点申报; 第三章 四 1.2 ⑦⑧: where the 考核站点编码 and name are shown. */
  examSite,
  /**
   * The same menu as `examSite`, under the key the wizards still use (wizards/registration,
   * wizards/site). Remove once they read `examSite`.
   */
  examSiteManagement: examSite,
  /** 第三章 开头 and 五 1 ①: 考试计划. */
  examPlan: '考试管理-考试计划',
  /** 第三章 一: 考核科目. */
  subjects: '考务管理-考核科目',
  /** 第三章 三: 考生管理. */
  candidates: '考务管理-考生管理',
  /** 第三章 四 1: 报考管理. */
  enrolment: '考务管理-报考管理',
  /** 第三章 四 1.1: the 按证书导入 template. */
  enrolmentImport: '考务管理-报考管理-批量导入报考',
  /** 第三章 四 2.1: 报考记录. */
  enrolmentRecords: '考务管理-报考记录',
  /** 第三章 五: 考场管理. */
  rooms: '考务管理-考场管理',
  /** 第三章 六: 监考人员. */
  proctors: '考试管理-监考人员',
  /** 第三章 七: 排考管理 (考场编排, 查看详情). */
  schedule: '考试管理-排考管理',
  /** 第三章 八 and 第五章 一 (查询方式): 科目成绩; ① of both also writes 考务管理 (see `menuAliases`). */
  scores: '考试管理-科目成绩',
  /** 第三章 八 and 第五章 一 (查询方式): 考证结果; ② of both also writes 考务管理 (see `menuAliases`). */
  results: '考试管理-考证结果',
  /** 第五章 二: 签名章 upload (the manual writes 「机构管理—试点院校管理」 with a long dash). */
  schoolManagement: '机构管理-试点院校管理',
  /** 第五章 三、四: 签发 and viewing certificates. */
  certificateIssuance: '证书管理-证书发放管理',
  /** 第三章 八, 第五章 一: where students look up scores and certificates (on the platform's front page). */
  studentLookup: '特色业务',
} as const;

/** A menu of the platform, by its key in `menus`. */
export type MenuKey = keyof typeof menus;

/**
 * The manual's other spellings of a menu, where it names one menu two ways. Pages
 * show them beside the menu's name, so a reader holding the manual finds the same
 * menu; the platform's own label decides.
 */
export const menuAliases: Partial<Record<MenuKey, readonly string[]>> = {
  /** 第三章 四 1.2 ⑦⑧. */
  examSite: ['考务管理-考核站点管理'],
  /** 第三章 二 says the plan is viewed in 考试管理-考核科目. */
  examPlan: ['考试管理-考核科目'],
  /** 第三章 四 2.5. */
  enrolment: ['考务管理-报名管理'],
  /** 第三章 四 1.3. */
  enrolmentImport: ['考务管理-报名管理-批量导入报考'],
  /** 第三章 八 ①, 第五章 一 ①. */
  scores: ['考务管理-科目成绩'],
  /** 第三章 八 ②, 第五章 一 ②. */
  results: ['考务管理-考证结果'],
};

/** Buttons the manual names, by task; a button the manual names two ways has both. */
export const buttons = {
  /** 第一章 3. */
  pilotNew: ['申请新的证书试点', '申报证书试点'],
  /** 第一章 screenshot (the manual's text shows an ASCII comma, as all its screenshots do). */
  pilotSave: '保存，暂不提交审核',
  pilotSubmit: '提交审核',
  /** 第一章 screenshot: adds a major to the application. */
  pilotAddMajor: '添加到列表',
  /** 第二章 2.1, 第三章 五 2.2: in a list's right-hand column. */
  view: '查看',
  /** 第二章 2.2, 第三章 三 3.2, 五 2.3, 第五章 二. */
  edit: '编辑',
  /** 第二章 2.3, 第三章 三 3.3, 四 2.5, 五 2.4. */
  delete: '删除',
  /** 第三章 三 3.3. */
  deleteBatch: '批量删除',
  /** 第二章 2.3. */
  siteDeleteBatch: '批量删除考核站点',
  /** 第三章 三 1. */
  candidatesImport: '批量导入学生信息',
  /** 第三章 三. */
  candidatesAdd: '新增考生',
  /** 第三章 三 2. */
  photosImport: '批量导入学生照片',
  /** 第三章 三 3.1. */
  certify: '认证',
  certifyBatch: '批量认证',
  confirmManually: '人工确认',
  /** 第三章 三 3.2. */
  candidatesExport: '批量导出考生信息',
  candidatesBatchEdit: '批量修改考生信息',
  /** 第三章 四 1. */
  enrolmentImport: '批量导入报考',
  enrolmentByCertificate: '按证书导入',
  /** 第三章 四 2.3. */
  enrolmentImportRecords: '批量导入报考-导入记录',
  /** 第三章 四 2.4、2.5. */
  enrolmentExport: '批量导出报考数据',
  enrolmentDelete: '批量删除报考数据',
  /** 第三章 五 1. */
  roomAdd: '设置考场',
  roomImport: '批量导入考场信息-导入',
  /** 第三章 五 2.5、2.6. */
  roomImportRecords: '批量导入考场信息-导入记录',
  roomExport: '批量导出考场信息',
  /** 第三章 七. */
  scheduleDetails: '查看详情',
  /** 第五章 三: the manual's 注意事项 1 also calls the single 签发 button 审核. */
  issue: '签发',
  issueBatch: '批量确认签发',
} as const;

/** A button of the platform, by its key in `buttons`. */
export type ButtonKey = keyof typeof buttons;
