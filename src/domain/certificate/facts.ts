/**
 * The certificate, its levels, subjects, codes, pass mark and fees.
 * Data only: rules live in `rules.ts`, shapes in `schema.ts`.
 */
import type { CertificateFacts, LevelFacts, Subject } from './facts-schema';
import type { Level } from './schema';

/** 手册 前言, 第三章 四 1.2 ⑤: the certificate's full name and the body that issues it. */
export const certificate: CertificateFacts = {
  name: '网店运营推广职业技能等级证书',
  shortName: '网店运营推广',
  issuer: '北京鸿科经纬科技有限公司',
  issuerShort: '鸿科经纬公司',
  issuerWebsite: 'http://www.hotmatrix.cn/',
  platformName: '1+X 职业技能等级证书信息管理服务平台',
  platformUrl: 'https://vslc.ncb.edu.cn/',
  schoolPlatformName: '试点院校业务平台',
  schoolPlatformUrl: 'https://vslc.ncb.edu.cn/csr-home',
};

/** 手册 第三章 一: three levels, in order. */
export const levels: readonly Level[] = ['初级', '中级', '高级'];

/** 手册 第三章 一 (科目编号) and 第三章 四 1.2 ④ (证书编号, "根据编码规则变动"). */
export const levelFacts: Record<Level, LevelFacts> = {
  初级: {
    certificateNumber: '1530003007010027',
    subjects: [
      { code: '1630003007010027101', name: '初级理论', kind: '理论' },
      { code: '1630003007010027102', name: '初级实操', kind: '实操' },
    ],
  },
  中级: {
    certificateNumber: '1530003007020028',
    subjects: [
      { code: '1630003007020028202', name: '中级理论', kind: '理论' },
      { code: '1630003007020028203', name: '中级实操', kind: '实操' },
    ],
  },
  高级: {
    certificateNumber: '1530003007030029',
    subjects: [
      { code: '1630003007030029301', name: '高级理论', kind: '理论' },
      { code: '1630003007030029302', name: '高级实操', kind: '实操' },
    ],
  },
};

/** 手册 第三章 一: both subjects are out of 100; each must reach 60 (inclusive) in the same sitting. */
export const scoring = {
  fullMarks: 100,
  passMark: 60,
} as const;

/**
 * 手册 第三章 九: fee per candidate in yuan, used where the province has not set its
 * own; the difference is settled later ("多退少补").
 */
export const defaultFeeYuan: Record<Level, number> = {
  初级: 380,
  中级: 360,
  高级: 360,
};

/** 手册 第四章 二 1: banner text; `{level}` is replaced by 初级, 中级 or 高级. */
export const bannerTemplate = '1+X 网店运营推广职业技能等级证书（{level}）考试';

/** 手册 第三章 一: the subject kinds every level has, in exam order. */
export const subjectKinds: readonly Subject['kind'][] = ['理论', '实操'];

/** 手册 第三章 九: how fees are paid. */
export const feePayment = {
  who: '按照省厅发布的考核费用标准，由考生所在的院校统一向培训评价组织交纳相应的考核费用。',
  noProvincialStandard:
    '对于暂未确定考核费用标准的省份，考试院校可先组织报名、参加考试，待后续省厅发布考核费用标准后，再按照省厅发布的费用标准向培训评价组织补缴费用。',
  settlement: '若省份确定证书考核费用后，将采取多退少补方式执行。',
} as const;

/**
 * 手册 开头 (公司介绍): the organisation's role for this certificate: it answers for the
 * certificate's quality and reputation and does the work below, and helps pilot
 * schools train for it.
 */
export const issuerDuties = {
  role: '培训评价组织',
  duties: ['标准开发', '教材和学习资源开发', '考核站点建设', '考核颁证'],
  support: '协助试点院校实施证书培训',
} as const;

/** 手册 前言: the stages a school goes through, in order. */
export const yearlyStages = ['证书试点申报', '考核站点申报', '考试报名', '考务组织', '证书发放'] as const;

/** 手册 前言: the Ministry's platform manual the manual's platform steps follow. */
export const platformManualTitle = '《1+X 职业技能等级证书信息管理服务平台（试点院校）操作手册 V1.1》';

/** 手册 前言: where schools find the latest certificate news and arrangements. */
export const newsChannels = [
  { name: '鸿科经纬公司官网', url: 'http://www.hotmatrix.cn/' },
  { name: '教育部 1+X 职业技能等级证书信息管理服务平台', url: 'https://vslc.ncb.edu.cn/' },
  {
    name: '教育部 1+X 平台上的北京鸿科经纬科技有限公司页面',
    url: 'https://vslc.ncb.edu.cn/gateway/IndustryIndex?id=12100000030000000135&name=%E5%8C%97%E4%BA%AC%E9%B8%BF%E7%A7%91%E6%8A%80%E6%9C%89%E9%99%90%E5%85%AC%E5%8F%B8&unitCode=007',
  },
  { name: '鸿科经纬公司微信公众号' },
] as const;
