/**
 * 常见错误, part 3: scores, review and certificates (手册 第三章 八、第五章、附件 1).
 * Listed under 常见错误 of their guide (and `alsoOn` pages), on the FAQ page and on
 * the quick-reference cards. Numbers and menu paths are `{placeholders}` (fact-values.ts).
 */
import type { FaqEntryInput } from './schema';

const mistake = 'mistake' as const;

export const mistakesAfterExam: readonly FaqEntryInput[] = [
  { key: 'scoresInResults', kind: mistake, question: '在{menu.results}里找分数。', answer: '{resultsNote}分数在{menu.scores}查看和导出。', guide: '/registration/scores/', source: '手册 第三章 八（一）3 ②' },
  { key: 'reviewByStudent', kind: mistake, question: '让考生自己给培训评价组织发邮件申请复查。', answer: '复查由考点院校核对考生信息后，以院校为单位统一提交。', guide: '/registration/score-review/', alsoOn: ['/registration/scores/'], source: '手册 第三章 八（二）2、附件 1 备注' },
  { key: 'reviewLate', kind: mistake, question: '公示期过了才申请复查，或同一考生申请第二次复查。', answer: '复查要在{reviewDeadline}提出，公示期内每名考生只能复查一次；逾期不再受理，公示期过后成绩锁定。', guide: '/registration/score-review/', alsoOn: ['/registration/scores/'], source: '手册 第三章 八（二）1、3，附件 1 备注' },
  { key: 'reviewObjective', kind: mistake, question: '为计算机阅卷的客观题科目申请复查，而成绩既不是零分也不是缺考。', answer: '复查原则上只限主观题科目；采用计算机阅卷的客观题科目，只在成绩为零分或缺考时复查。哪一门是计算机阅卷，手册没有写明，拿不准时向培训评价组织确认。', guide: '/registration/score-review/', source: '手册 第三章 八（二）3' },
  { key: 'reviewMarkingStandard', kind: mistake, question: '对主观题的评分标准有意见，申请复查。', answer: '对主观题、综合评审评分有疑议的，不属于复查范围：复查不重新评阅试题，也不评判评阅标准，查的是有没有漏评，合分、登分有没有错。', guide: '/registration/score-review/', source: '手册 第三章 八（二）3' },
  { key: 'reviewMailName', kind: mistake, question: '复查邮件没有按要求命名。', answer: '邮件要命名为“{reviewMailSubject}”的样式，以院校为单位发送。', guide: '/registration/score-review/', source: '手册 附件 1 备注' },
  { key: 'stampWrongAccount', kind: mistake, question: '用自己创建的业务管理员账号上传签名章。', answer: '签名章只能用试点院校负责人账号（学校的初始账号）上传和管理，其他人无权查看和使用。', guide: '/certificates/stamp/', source: '手册 第五章 二' },
  { key: 'signatureIsNotStamp', kind: mistake, question: '以为微信扫码签字就是证书上的签名章，或非要校领导本人扫码。', answer: '扫码签字只代表签发审核人确认这次签发；证书上的签名章要另外在{menu.schoolManagement}上传。', guide: '/certificates/signing/#签发前要知道', source: '手册 第五章 三 注意事项 2、4' },
  { key: 'signUnchecked', kind: mistake, question: '没有核对名单就批量确认签发。', answer: '确认签发就表示学校确认发证记录和成绩准确无误，一旦完成不可撤回。有问题要拒绝签发并写明理由。', guide: '/certificates/signing/#签发前要知道', source: '手册 第五章 三 注意事项 5、6' },
];
