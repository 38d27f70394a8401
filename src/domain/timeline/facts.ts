/**
 * 重要时间节点: 手册 第三章 十一 (the stages of one national exam), plus 第三章 七
 * (排考 within a week after registration closes) and 第三章 八 (复查 in the first week
 * of 成绩公示).
 */
import type { Milestone } from './schema';

export const milestones: readonly Milestone[] = [
  {
    key: 'registration',
    stage: '考试报名',
    timing: '考前第二周周二截止',
    end: { kind: 'week', weeksFromExam: -2, weekday: 2 },
    work: [
      '非考点的试点院校登录教育部 1+X 证书平台申报考点',
      '考试院校登录教育部 1+X 证书平台为学生统一报名（报名时间截止后将无法补报名）',
    ],
    who: '试点院校考务人员',
    guide: '/registration/enrolment/',
  },
  {
    key: 'trainingAndScheduling',
    stage: '考务及技术人员培训、编排考场',
    timing: '考前第二周周三-考前第二周周末',
    start: { kind: 'week', weeksFromExam: -2, weekday: 3 },
    end: { kind: 'week', weeksFromExam: -2, weekday: 7 },
    work: ['鸿科经纬组织考点考务管理人员与技术人员培训', '鸿科经纬根据系统报名情况为考点编排考场'],
    who: '鸿科经纬公司；考点考务管理人员与技术人员参加培训',
    guide: '/registration/scheduling/',
  },
  {
    key: 'equipment',
    stage: '考点设备调试、安装考试平台',
    timing: '考前1个月-考前第一周周末',
    start: { kind: 'months', monthsFromExam: -1 },
    end: { kind: 'week', weeksFromExam: -1, weekday: 7 },
    work: ['考点技术人员按照考场要求准备考试机房环境', '鸿科经纬技术人员为考点远程安装考试平台，考点协助'],
    who: '考点系统管理员（技术人员）',
    guide: '/registration/platform-install/',
  },
  {
    key: 'materials',
    stage: '下载准考证、部署考场、打印物料',
    timing: '考前第一周周一-考前1天',
    start: { kind: 'week', weeksFromExam: -1, weekday: 1 },
    end: { kind: 'days', daysFromExam: -1 },
    work: [
      '考点院校登录教育部 1+X 证书平台下载准考证、桌签、门贴、签到表等物料',
      '按照《考务工作执行手册》要求，制作物料并布置考场',
    ],
    who: '考点工作人员',
    guide: '/exam-day/room-setup/',
  },
  {
    key: 'exam',
    stage: '正式考试',
    timing: '考试日',
    start: { kind: 'days', daysFromExam: 0 },
    end: { kind: 'days', daysFromExam: 0 },
    work: ['全国统一时间进行考试'],
    who: '主考、监考员、系统管理员、工作人员、巡考员',
    guide: '/exam-day/exam-process/',
  },
  {
    key: 'publication',
    stage: '成绩公示',
    timing: '考后第三周周一-周日',
    start: { kind: 'week', weeksFromExam: 3, weekday: 1 },
    end: { kind: 'week', weeksFromExam: 3, weekday: 7 },
    work: [
      '在教育部 1+X 证书平台上公示成绩，考生或考点查询成绩',
      '公示期内接受以院校为单位的成绩复核申请',
    ],
    who: '鸿科经纬公司公示；院校查询并提交复查申请',
    guide: '/registration/scores/',
  },
  {
    key: 'certificates',
    stage: '颁发证书',
    timing: '成绩公示期结束后',
    start: { kind: 'afterPublication' },
    work: [
      '电子版证书需在成绩公示期过后，由培训评价组织和学校双方都完成签发后生成',
      '纸质版证书根据院校需求发放',
    ],
    who: '试点院校签发审核人、鸿科经纬公司',
    guide: '/certificates/signing/',
  },
];

/** 手册 第三章 七: days after registration closes within which the organisation schedules. */
export const schedulingDaysAfterRegistration = 7;

/** 手册 第三章 十一: the organisation publishes the year's plans and dates at the start of each year. */
export const yearlyPlanNote = '鸿科经纬公司每年年初会发布本年度的考核计划和具体的时间。';

/**
 * 手册 第三章 二: the exam plan dates some stages itself. Where the school has the plan's
 * window, it is the date (报考时间 is the registration deadline); the 重要时间节点 rule is
 * only the fallback. Milestone key → the plan window that dates it.
 */
export const planDatedMilestones = { registration: 'registration', publication: 'scorePublication' } as const;

/** This site's reading of the manual's week counting (shown beside every date worked out from it). */
export const weekCountingReading = '周按周一到周日计，“考前第二周”是考试所在周往前数的第二周。这是本站对手册“重要时间节点”的理解，手册没有写明怎样数周';

/** Said of a date worked out by the manual's rule because the plan's own date is not known. */
export const ruleFallbackNote = '考核计划上的这个时间没有填写，这是按手册“重要时间节点”推算的日期，仅供参考';
