/**
 * The exam plan (考核计划) as the platform shows it in 「考试管理-考试计划」.
 * 手册 第三章 二.
 */
import type { ExamPlan } from './facts-schema';

/** 手册 第三章 二: the parts of a plan, in the platform's order. */
export const planFields = [
  '考核单位',
  '计划名称',
  '考试所属年度',
  '报考时间',
  '排考时间',
  '成绩登记时间',
  '成绩公示时间',
  '科目考试时间',
] as const;

/**
 * 手册 第三章 二 (screenshot): the example plan 2021年第三次网店运营推广全国统考.
 * The screenshot labels two windows 报名时间; the second (06-04 ~ 06-13) ends on the
 * Sunday of 考前第二周, which is the 排考 stage of 重要时间节点, so it is read as 排考时间.
 * Subject codes here are the plan's own (not the 19-digit 科目编号).
 */
export const examplePlan: ExamPlan = {
  organisation: '北京鸿科经纬科技有限公司',
  name: '2021年第三次网店运营推广全国统考',
  year: 2021,
  registration: { start: '2021-04-14', end: '2021-06-03' },
  scheduling: { start: '2021-06-04', end: '2021-06-13' },
  scoreEntry: { start: '2021-06-27', end: '2021-07-11' },
  scorePublication: { start: '2021-07-12', end: '2021-07-18' },
  levels: [
    {
      level: '初级',
      passCondition: '各科成绩合格',
      subjects: [
        { code: '491217', name: '理论', kind: '理论', mode: '机考', passMark: 60, date: '2021-06-26', start: '14:00', end: '15:00' },
        { code: '959384', name: '实践', kind: '实操', mode: '机考+实操', passMark: 60, date: '2021-06-26', start: '15:15', end: '17:45' },
      ],
    },
    {
      level: '中级',
      passCondition: '各科成绩合格',
      subjects: [
        { code: '956347', name: '理论', kind: '理论', mode: '机考', passMark: 60, date: '2021-06-26', start: '08:30', end: '09:30' },
        { code: '875185', name: '实践', kind: '实操', mode: '机考+实操', passMark: 60, date: '2021-06-26', start: '09:45', end: '11:45' },
      ],
    },
    {
      level: '高级',
      passCondition: '各科成绩合格',
      subjects: [
        { code: '876805', name: '理论', kind: '理论', mode: '机考', passMark: 60, date: '2021-06-26', start: '14:00', end: '15:00' },
        { code: '368016', name: '实践', kind: '实操', mode: '机考+实操', passMark: 60, date: '2021-06-26', start: '15:15', end: '19:15' },
      ],
    },
  ],
};

/**
 * 手册 第三章 二 (screenshot note): during 成绩公示时间 the organisation may correct a
 * score; after it, scores are locked for good.
 */
export const publicationLockNote =
  '成绩公示时间范围内，若有成绩有问题，培训评价机构可以对有问题的成绩进行针对性的修改，若超过这个时间成绩将锁定，不允许再做任何修改';

/**
 * 手册 第三章 二、七、八: the plan's windows (named as in `planFields`), who acts in
 * each, and the guide that explains it.
 */
export const planWindows = {
  registration: { name: '报考时间', who: '试点院校考务人员', guide: '/registration/enrolment/' },
  scheduling: { name: '排考时间', who: '鸿科经纬公司排考；院校可在排考前修改报考记录', guide: '/registration/scheduling/' },
  scoreEntry: { name: '成绩登记时间', who: '鸿科经纬公司', guide: '/registration/scores/' },
  scorePublication: { name: '成绩公示时间', who: '鸿科经纬公司公示；院校查询并提交复查申请', guide: '/registration/scores/' },
} as const;
