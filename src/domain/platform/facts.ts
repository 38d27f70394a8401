/**
 * Menu paths and button names of the 试点院校业务平台, as the manual writes them.
 * Guides and wizards quote these in 「」 so staff can find them on screen.
 */

/** Where each task is done on the platform: 手册 section in each comment. */
export const menus = {
  /** 第一章: 证书试点申报. */
  pilotApplication: '证书管理-证书试点申报',
  /** 第二章: 考点申报. */
  examSite: '考务管理-考核站点',
  /** 第三章 四 1.2 ⑦⑧: where the 考核站点编码 and name are shown. */
  examSiteManagement: '考务管理-考核站点管理',
  /** 第三章 开头: 考试计划. */
  examPlan: '考试管理-考试计划',
  /** 第三章 一、二: 考核科目 (the manual also shows the plan from here). */
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
  /** 第三章 八: the manual writes both 考试管理 and 考务管理 for 科目成绩. */
  scores: '考试管理-科目成绩',
  scoresAlternative: '考务管理-科目成绩',
  /** 第三章 八, 第五章 一: the manual writes both 考试管理 and 考务管理 for 考证结果. */
  results: '考试管理-考证结果',
  resultsAlternative: '考务管理-考证结果',
  /** 第五章 二: 签名章 upload. */
  schoolManagement: '机构管理—试点院校管理',
  /** 第五章 三、四: 签发 and viewing certificates. */
  certificateIssuance: '证书管理-证书发放管理',
  /** 第三章 八, 第五章 一: where students look up scores and certificates. */
  studentLookup: '特色业务',
} as const;

/** Buttons the manual names, by task. */
export const buttons = {
  pilotNew: ['申请新的证书试点', '申报证书试点'],
  pilotSave: '保存,暂不提交审核',
  pilotSubmit: '提交审核',
  candidatesImport: '批量导入学生信息',
  candidatesAdd: '新增考生',
  photosImport: '批量导入学生照片',
  certify: '认证',
  certifyBatch: '批量认证',
  confirmManually: '人工确认',
  candidatesExport: '批量导出考生信息',
  candidatesBatchEdit: '批量修改考生信息',
  enrolmentByCertificate: '按证书导入',
  importRecords: '导入记录',
  enrolmentExport: '批量导出报考数据',
  enrolmentDelete: '批量删除报考数据',
  roomAdd: '设置考场',
  roomImport: '批量导入考场信息-导入',
  roomExport: '批量导出考场信息',
  scheduleDetails: '查看详情',
  siteDeleteBatch: '批量删除考核站点',
  issue: '签发',
  issueBatch: '批量确认签发',
} as const;
