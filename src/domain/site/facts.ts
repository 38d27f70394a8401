/**
 * Applying to be an exam site (考点申报) in `menus.examSite`. 手册 第二章.
 * Site requirements (考场条件) are in `requirements.ts`.
 */

/** 手册 第二章: the organisation's notice with the application requirements. */
export const siteNoticeUrl = 'http://www.hotmatrix.cn/html/notice/1746.html';

/** 手册 第二章 1: the form to upload under 其他材料, signed and sealed. */
export const siteApplicationForm = {
  name: '《网店运营推广考核站点申请表》',
  uploadField: '其他材料',
  requirement: '填写完成并加盖学校公章及法人代表签章',
} as const;

/** 手册 第二章 1: the site name is generated, not typed: school name + certificate. */
export const siteNameRule = '“考核站点名称”无需填写，平台按“院校名称+考核证书”的方式自动生成。';

/** 手册 第二章 1 注意事项 ①–④. */
export const siteApplicationNotes = [
  '只有试点院校才能申报考核站点，考核站点申报时间持续开放。',
  '为保证考核站点唯一性，若之前已经申报过考核站点，则不允许再次提交申报考核站点。',
  '考核站点申报提交后，由培训评价组织（北京鸿科经纬科技有限公司）每天审核。',
  '“其他材料”栏目需要上传《网店运营推广考核站点申请表》。',
] as const;

/** 手册 第二章 3.1 常见问题. */
export const siteMigrationNote =
  '考核站点数据已迁移完成，没有迁移的考核站点数据已不满足新平台要求。请使用平台开展新业务，重新申报新的考核站点信息。';
