/**
 * 常见问题: the manual's 常见问题汇总 (第二章 3), questions staff ask, and the common
 * mistakes the manual warns about in its 注意事项. Numbers and menu paths are
 * `{placeholders}` (fact-values.ts).
 */
import type { FaqEntry } from './schema';

export const faq: readonly FaqEntry[] = [
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
  { key: 'reviewHow', kind: 'question', question: '学生对成绩有疑问，怎么申请复查？', answer: '由院校核对考生信息后统一填写成绩复查表，在成绩公布 {reviewWorkingDays} 个工作日内发邮件申请；培训评价组织在 {reviewAnswerWorkingDays} 个工作日内答复。', guide: '/registration/score-review/', source: '手册 第三章 八（二）、附件 1' },
  { key: 'stampSpec', kind: 'question', question: '签名章要什么样的图片？', answer: '{stampFormat} 格式、{stampBackground}、正方形，建议 {stampWidthPx}×{stampHeightPx} 像素，不超过 {stampMaxBytes}。', guide: '/certificates/stamp/', source: '手册 第五章 二 2' },
  { key: 'whoSigns', kind: 'question', question: '证书签发必须由校领导本人操作吗？', answer: '不必。考核站点负责人可以授权任何人作为签发审核人，由他用微信扫码在线签字确认。', guide: '/certificates/signing/', source: '手册 第五章 三 3' },
  { key: 'paperOrElectronic', kind: 'question', question: '发纸质证书还是电子证书？', answer: '双方签发后，由培训评价组织和院校协商确定。纸质证书打印盖章后寄到学校；电子证书加盖电子公章后在线下载或查看。', guide: '/certificates/issuing/', source: '手册 第五章 四' },
  { key: 'fees', kind: 'question', question: '本省还没定考核费用标准，怎么交费？', answer: '可以先组织报名和考试，也可以先按初级 {feeBasic} 元、中级 {feeIntermediate} 元、高级 {feeAdvanced} 元收取，省厅定了标准后多退少补。', guide: '/registration/fees/', source: '手册 第三章 九' },
  // Common mistakes, from the manual's 注意事项.
  { key: 'importIsNotEnrolment', kind: 'mistake', question: '只在{menu.candidates}导入了学生，以为报名已经完成。', answer: '导入考生信息不算报考。必须在{menu.enrolment}为学生报考，报考记录出现后才算报名成功。', guide: '/registration/enrolment/', source: '手册 第三章 四 1.3 注意事项 2' },
  { key: 'pinyinFormat', kind: 'mistake', question: '姓名拼音写成全大写、没有空格，或只写了首字母。', answer: '拼音会印在证书上：写全拼，姓和名之间空一格，首字母大写。', guide: '/registration/candidates/', source: '手册 第三章 三 1 ②' },
  { key: 'enrolBeforeCertified', kind: 'mistake', question: '考生信息还没认证通过就报考。', answer: '只有实名认证通过、状态为“信息准确”的考生才能报考。认证约需 {photoCheckHours} 小时，要留出时间。', guide: '/registration/candidate-status/', source: '手册 第三章 三 3.1、四 1.2 注意事项 2' },
  { key: 'planNotChosen', kind: 'mistake', question: '导入报考表前没有先选考核计划。', answer: '导入前先选中对应的考核计划，否则报考记录导入不了。', guide: '/registration/enrolment/', source: '手册 第三章 四 1、1.3' },
  { key: 'lateChanges', kind: 'mistake', question: '报考截止后才想起要增加或删除考生。', answer: '报考结束后报考数据不能编辑或删除，也不能补报名；增删考生要在报考截止前完成。', guide: '/registration/enrolment/', source: '手册 第三章 四 2.1、十一' },
  { key: 'maskedExport', kind: 'mistake', question: '用导出的报考数据核对身份证号。', answer: '导出的身份证号是加密显示的，看不到完整号码。请用自己导入的表格核对。', guide: '/registration/enrolment/', source: '手册 第三章 四 2.4' },
  { key: 'spareRoomSet', kind: 'mistake', question: '把备用考场也设置到平台里。', answer: '当天用几个机房就设置几个考场，备用考场不在系统中设置。', guide: '/registration/rooms/', source: '手册 第三章 五 1 ④' },
  { key: 'reduceSeats', kind: 'mistake', question: '排考开始后想减少考场的考位数。', answer: '“排考中”的考场只能增加考位数，不能减少；要减少请在排考开始前改好。', guide: '/registration/rooms/', source: '手册 第三章 五 2.3' },
  { key: 'duplicateSite', kind: 'mistake', question: '已经申报过考核站点，又提交一次申报。', answer: '为保证考核站点唯一，申报过的学校不允许再次申报。', guide: '/site/application/', source: '手册 第二章 1 ②' },
  { key: 'scratchPaperShort', kind: 'mistake', question: '草稿纸只按考生人数准备，或签到表、记录表每场只印一份。', answer: '草稿纸按考生名单人数多备 {scratchPaperMarginPercent}；《考场签到表》《考场情况记录表》每场理论、实操各两份，一份上交，一份留档。', guide: '/exam-day/room-setup/#物料准备清单', source: '手册 第四章 二' },
  { key: 'phonesInRoom', kind: 'mistake', question: '让考生把手机带进考场。', answer: '开考前提醒考生手机不能带入考场，与考试无关的物品一律放在物品存放处；不配合的不允许参加考试。', guide: '/exam-day/duties/#监考人员', source: '手册 第四章 二 3、三（三）2' },
  { key: 'proctorHelps', kind: 'mistake', question: '监考员替考生操作电脑，或给考生解释题意。', answer: '机器故障、停电等由监考员及时处理，但不允许帮考生操作，也不能解释或提示题意。需要换考生机的写进《考场情况记录表》。', guide: '/exam-day/duties/#监考人员', source: '手册 第四章 三（三）7' },
  { key: 'bootLate', kind: 'mistake', question: '临近开考才开机。', answer: '开考前 {bootMinutes} 分钟要把服务器、监考机、全部考生机和备用机开好，考生机都停在等待登录界面；开考前 {recheckMinutes} 分钟再检查一遍硬件。', guide: '/exam-day/exam-process/#开考前后的时间点', source: '手册 第四章 三（四）3、4' },
  { key: 'mailOneCopy', kind: 'mistake', question: '考试结束后把全部表格都寄走，学校没有留档。', answer: '各种表格一式两份：学校留档一份，另一份寄给培训评价组织。', guide: '/exam-day/exam-process/#资料整理邮寄', source: '手册 第四章 四（三）' },
  { key: 'explainQuestion', kind: 'mistake', question: '考生说题目有问题，监考员当场解释，或让考生先停下来等答复。', answer: '请考生继续答题，把情况上报培训评价组织；监考员不能解释题意或给提示。', guide: '/exam-day/emergencies/', source: '手册 第四章 五 6、三（三）7' },
  { key: 'unsignedRecord', kind: 'mistake', question: '违纪考生拒绝签字，就不再记录。', answer: '照样填写记录；考生拒不签字时，由所有在场监考人员签字确认。', guide: '/exam-day/emergencies/', source: '手册 第四章 五 8' },
  { key: 'stampWrongAccount', kind: 'mistake', question: '用自己创建的业务管理员账号上传签名章。', answer: '签名章只能用试点院校负责人账号（学校的初始账号）上传和管理，其他人无权查看和使用。', guide: '/certificates/stamp/', source: '手册 第五章 二' },
  { key: 'signatureIsNotStamp', kind: 'mistake', question: '以为微信扫码签字就是证书上的签名章，或非要校领导本人扫码。', answer: '扫码签字只代表签发审核人确认这次签发；证书上的签名章要另外在{menu.schoolManagement}上传。', guide: '/certificates/signing/#签发前要知道', source: '手册 第五章 三 注意事项 2、4' },
  { key: 'signUnchecked', kind: 'mistake', question: '没有核对名单就批量确认签发。', answer: '确认签发就表示学校确认发证记录和成绩准确无误，一旦完成不可撤回。有问题要拒绝签发并写明理由。', guide: '/certificates/signing/#签发前要知道', source: '手册 第五章 三 注意事项 5、6' },
  { key: 'reviewLate', kind: 'mistake', question: '公示期过了才申请复查，或同一考生申请第二次复查。', answer: '复查要在公示期内、成绩公布 {reviewWorkingDays} 个工作日内提出，每次公示期内只能复查一次；过期后成绩锁定，不再受理。', guide: '/registration/score-review/', source: '手册 第三章 八（二）、附件 1' },
];
