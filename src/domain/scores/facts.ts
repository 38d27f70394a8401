/**
 * Scores: publication, lookup and review (成绩复查). 手册 第三章 八, 附件1.
 */

/** 手册 第三章 八 (一): how and where scores are looked up. */
export const scoreLookup = {
  when: '成绩公示后（成绩复查时间为公示期内的一周）',
  /** Students search with these two values in 「特色业务」. */
  studentKeys: ['身份证号', '准考证号'],
  /** 第五章 开头: certificates can also be looked up with these. */
  certificateKeys: ['证书编码', '身份证号码'],
  resultsNote: '「考证结果」可查看是否获取证书，但是没有成绩。',
} as const;

/**
 * 手册 第三章 八 (二) 1 and 附件1 备注: the two limits on when a review may be asked.
 * The deadline a school should use is the earlier of the two.
 */
export const reviewWindow = {
  /** Working days after publication within which a review must be requested. */
  requestWithinWorkingDays: 7,
  /** Calendar days from the start of 成绩公示 during which reviews are accepted ("公示期内的一周"). */
  publicationReviewDays: 7,
  /** What happens after the window, in the manual's words. */
  lateRequest: '超过期限不予复查成绩。',
  afterWindow: '超出复查时间后平台成绩锁定无法修改。',
} as const;

/** 手册 第三章 八 (二) 2: working days the organisation takes to answer. */
export const reviewAnswerWorkingDays = 3;

/** 手册 第三章 八 (二) 2: who sends what, and what the organisation does with it. */
export const reviewProcedure = {
  school: '考生申请成绩复查，需考点院校核对考生信息后统一由院校老师向鸿科经纬公司提供复查考生本人姓名、准考证、身份证并填写复查申请表（附件1）。',
  organisation: '鸿科经纬公司将复查结果通知有关考生，并在网上予以更正，如复查后成绩无变更的不再另行通知。',
} as const;

/** 手册 第三章 八 (二) 3: what a review covers, each point as the manual gives it. */
export const reviewScope: readonly { point: string; isCovered: boolean }[] = [
  { point: '已参加网店运营推广职业技能等级认定考试，但无考试成绩的', isCovered: true },
  { point: '复查原则上仅限于主观题科目', isCovered: true },
  { point: '采用计算机阅卷的客观题科目，仅在成绩为零分或缺考时复查', isCovered: true },
  { point: '主观题卷面是否有漏评，合分、登分是否有误', isCovered: true },
  {
    point: '对于主观题、综合评审评分持有疑议的，不属于核查范围，不对试题进行重新评阅，不对试题评阅标准进行评判',
    isCovered: false,
  },
  { point: '任何考生不得查阅答卷原件', isCovered: false },
  { point: '成绩公示期内复查仅此一次，逾期者不再受理', isCovered: false },
];

/** 手册 第三章 八 (二) 3: objective (computer-marked) subjects are reviewed only with this score or none. */
export const objectiveReviewScore = 0;

/** 手册 第三章 八 (二) 3: reviews per student per publication. */
export const reviewsPerPublication = 1;

/** 手册 第三章 八 (二) 4: after the review period scores are filed on the platform. */
export const afterReviewNote = '成绩复查期后，鸿科经纬公司将此次认定成绩录入 1+X 职业技能等级证书信息管理服务平台进行备案。';

/** 附件1: the review request form (成绩复查表), cell by cell in reading order. */
export const reviewForm = {
  title: '网店运营推广职业技能等级证书成绩复查表',
  headerFields: [['试点院校'], ['考务负责人', '联系方式'], ['考试计划', '复分总人数']],
  studentColumns: ['考生姓名', '身份证号', '准考证号', '报考级别', '理论成绩', '实操成绩'],
  reasonLabel: '复查理由',
  opinionLabel: '试点院校意见',
  signatureLine: '负责人签字：_____ 年 月 日',
  /** The form's footnote; `{email}` and `{phone}` come from `reviewContact`. */
  noteTemplate:
    '备注：复查时间为成绩公示期内一周，超出复查时间后平台成绩锁定无法修改；以院校为单位统一提交（发送至邮箱：{email}，联系电话：{phone}）；邮件需命名为“XX 院校/职业院校-网店运营推广证书复查表”。',
} as const;

/** 附件1 备注: where to send the form. */
export const reviewContact = {
  email: '3104748596@qq.com',
  phone: '19153687302',
  /** `{school}` is the school's name. */
  mailSubjectTemplate: '{school}-网店运营推广证书复查表',
  submitBy: '以院校为单位统一提交',
} as const;

/** 附件1: the receipt (复查回执) the organisation returns, `{school}` is the school's name. */
export const reviewReceipt = {
  titleTemplate: '网店运营推广职业技能等级证书成绩复查回执-{school}',
  columns: ['考生姓名', '复查级别', '复查科目', '原始成绩', '成绩复查', '备注'],
} as const;

/**
 * 手册 第三章 八 (二) 3 reviews a computer-marked objective subject only at 0 or without a
 * score, but never says which subject is computer-marked (the plan lists 理论 as 机考 and
 * 实践 as 机考+实操: both use the computer). So the user says which one it is, or that they
 * do not know; nothing is blocked on a guess. Shown on the screen with the question.
 */
export const objectiveSubjectQuestion = {
  question: '哪个科目采用计算机阅卷（客观题）？',
  hint: '手册没有说明是理论还是实操。不确定就选「不知道」：本向导不会因此拦下任何复查申请，并附上手册的原文，由鸿科经纬公司按规定判断。',
  options: [
    { value: '理论', label: '理论' },
    { value: '实操', label: '实操' },
    { value: '不知道', label: '不知道' },
  ],
  /** What the wizard assumes when nothing is chosen. */
  defaultAnswer: '不知道',
} as const;

/**
 * 手册 第三章 八 (二) 3: the reasons a school can give, each resting on one point of
 * `reviewScope`. `needsScore` says which score the reason only makes sense with:
 * `missing` (无成绩/缺考), `zero`, or `any`. `isSubjectiveOnly`: the reason is about
 * 主观题卷面 (漏评, 合分、登分), so it is not offered for the subject the user says is computer-marked.
 */
export const reviewReasons: readonly {
  key: 'noScore' | 'zeroScore' | 'missedMarking' | 'wrongTotal' | 'disputeMarking';
  label: string;
  isSubjectiveOnly: boolean;
  needsScore: 'missing' | 'zero' | 'any';
  isCovered: boolean;
}[] = [
  { key: 'noScore', label: '参加了考试，但没有成绩（显示缺考或空白）', isSubjectiveOnly: false, needsScore: 'missing', isCovered: true },
  { key: 'zeroScore', label: '成绩为零分', isSubjectiveOnly: false, needsScore: 'zero', isCovered: true },
  { key: 'missedMarking', label: '主观题卷面可能有漏评', isSubjectiveOnly: true, needsScore: 'any', isCovered: true },
  { key: 'wrongTotal', label: '合分、登分可能有误', isSubjectiveOnly: true, needsScore: 'any', isCovered: true },
  { key: 'disputeMarking', label: '对主观题或综合评审的评分有疑议', isSubjectiveOnly: false, needsScore: 'any', isCovered: false },
];
