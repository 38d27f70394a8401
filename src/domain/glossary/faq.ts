/**
 * 常见问题: the manual's 常见问题汇总 (第二章 3) and the questions staff ask, then
 * the common mistakes (常见错误) of every guide (mistakes-*.ts). Numbers and menu
 * paths are `{placeholders}` (fact-values.ts).
 */
import { mistakesAfterExam } from './mistakes-after-exam';
import { mistakesBeforeExam } from './mistakes-before-exam';
import { mistakesExamDay } from './mistakes-exam-day';
import type { FaqEntryInput } from './schema';

const questions: readonly FaqEntryInput[] = [
  // Questions, in the order a school meets them in a year.
  { key: 'siteMigrated', kind: 'question', question: '以前申报过考核站点，为什么新平台上找不到了？', answer: '{siteMigrationNote}', guide: '/site/application/', source: '手册 第二章 3.1（常见问题汇总）' },
  { key: 'importOnce', kind: 'question', question: '学生每考一次都要重新导入考生信息吗？', answer: '不用。不管学生考几次，考生信息都只导入一次。要补全旧考生的信息，用{button.candidatesExport}导出后改好，再用{button.candidatesBatchEdit}导入。', guide: '/registration/candidates/', source: '手册 第三章 三 注意、3.2' },
  { key: 'twoRecords', kind: 'question', question: '报考后报考记录的条数为什么是考生人数的两倍？', answer: '每名考生有理论、实操两条记录，所以应当正好是 {recordsPerCandidate} 倍。不是 {recordsPerCandidate} 倍就说明有考生的信息不全，要逐一核对并改正。', guide: '/registration/enrolment/', source: '手册 第三章 四 2.1' },
  { key: 'proctorsPerRoom', kind: 'question', question: '每个考场要安排几名监考员？', answer: '考场不超过 {smallRoomMaxCandidates} 人时安排 {proctorsMinimum} 名；超过时按监考员与考生不低于 {proctorRatio} 安排，而且每考场至少 {proctorsMinimum} 名。建议请非本专业的任课老师监考。', guide: '/registration/proctors/', source: '手册 第三章 六、第四章 开头' },
  { key: 'downloadMaterials', kind: 'question', question: '准考证、桌贴、门贴、签到表在哪里下载？', answer: '排考完成后，在{menu.schedule}的考场编排页面点{button.scheduleDetails}下载，理论、实操各一份。', guide: '/registration/scheduling/', source: '手册 第三章 七' },
  { key: 'login', kind: 'question', question: '考生用什么登录考试系统？', answer: '用准考证号登录，初始密码是准考证号的后 {passwordDigits} 位。登录后让考生核对屏幕上的姓名和准考证号。', guide: '/exam-day/exam-process/#考生进场', source: '手册 第四章 四（二）' },
  { key: 'lateCandidate', kind: 'question', question: '考生迟到了还能进考场吗？', answer: '开考 {entryClosesMinutes} 分钟内还可以进场；开考 {entryClosesMinutes} 分钟后不能再进入考场，监考员在《考场情况记录表》里记下缺考。', guide: '/exam-day/exam-process/#考核开始', source: '手册 第四章 三（三）3、四（二）' },
  { key: 'extendTime', kind: 'question', question: '机器故障耽误了时间，考试能延长吗？谁说了算？', answer: '可以。延长 {extensionThresholdMinutes} 分钟以内由主考和巡考员决定并报培训评价组织；超过 {extensionThresholdMinutes} 分钟由培训评价组织决定，并记在《考场情况记录表》里。', guide: '/exam-day/emergencies/', source: '手册 第四章 三（五）5、五 4' },
  { key: 'powerCut', kind: 'question', question: '考试中停电了怎么办？', answer: '让考生留在考场静坐等待、不许交谈，马上通知主考。确认 {powerRestoreMinutes} 分钟内能恢复供电的，恢复后继续考试。', guide: '/exam-day/emergencies/', source: '手册 第四章 五 5' },
  { key: 'resultsNoScores', kind: 'question', question: '为什么「考证结果」里看不到分数？', answer: '{resultsNote}分数在{menu.scores}查看和导出。', guide: '/certificates/results/', source: '手册 第三章 八、第五章 一' },
  { key: 'studentLookup', kind: 'question', question: '学生自己怎样查成绩和证书？', answer: '在平台的{menu.studentLookup}栏目输入{studentKeys}查询。拿到证书后也可以凭{certificateKeys}查看。', guide: '/certificates/results/#学生怎样查成绩和证书', source: '手册 第三章 八、第五章' },
  { key: 'reviewHow', kind: 'question', question: '学生对成绩有疑问，怎么申请复查？', answer: '由院校核对考生信息后统一填写成绩复查表，在{reviewDeadline}发邮件申请；培训评价组织在 {reviewAnswerWorkingDays} 个工作日内答复。', guide: '/registration/score-review/', source: '手册 第三章 八（二）、附件 1' },
  { key: 'stampSpec', kind: 'question', question: '签名章要什么样的图片？', answer: '{stampFormat} 格式、{stampBackground}、正方形，建议 {stampWidthPx}×{stampHeightPx} 像素，不超过 {stampMaxBytes}。', guide: '/certificates/stamp/', source: '手册 第五章 二 2' },
  { key: 'whoSigns', kind: 'question', question: '证书签发必须由校领导本人操作吗？', answer: '不必。考核站点负责人可以授权任何人作为签发审核人，由他用微信扫码在线签字确认。', guide: '/certificates/signing/', source: '手册 第五章 三 3' },
  { key: 'paperOrElectronic', kind: 'question', question: '发纸质证书还是电子证书？', answer: '双方签发后，由培训评价组织和院校协商确定。纸质证书打印盖章后寄到学校；电子证书加盖电子公章后在线下载或查看。', guide: '/certificates/issuing/', source: '手册 第五章 四' },
  { key: 'fees', kind: 'question', question: '本省还没定考核费用标准，怎么交费？', answer: '可以先组织报名和考试，也可以先按初级 {feeBasic} 元、中级 {feeIntermediate} 元、高级 {feeAdvanced} 元收取，省厅定了标准后多退少补。', guide: '/registration/fees/', source: '手册 第三章 九' },
];

/** Every entry of 常见问题: the questions, then the common mistakes in the order a school meets them. */
export const faq: readonly FaqEntryInput[] = [...questions, ...mistakesBeforeExam, ...mistakesExamDay, ...mistakesAfterExam];
