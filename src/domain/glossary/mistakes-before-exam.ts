/**
 * 常见错误, part 1: applying, registering and preparing (手册 第一章 to 第三章 七,
 * 第三章 十). Each is listed under 常见错误 of its guide (and `alsoOn` pages), on the
 * FAQ page and on the quick-reference cards. Numbers and menu paths are
 * `{placeholders}` (fact-values.ts); `source` names the manual section, or says 本站
 * for advice the manual does not give.
 */
import type { FaqEntryInput } from './schema';

const mistake = 'mistake' as const;

export const mistakesBeforeExam: readonly FaqEntryInput[] = [
  // 试点申报
  { key: 'pilotOutsideWindow', kind: mistake, question: '错过本省的申报时间，或以为申报一次可以一直有效。', answer: '试点申报每年一次，各省时间不同：按本省教育主管部门的通知，在本省的申报时间内申报本年度的级别和规模；本年度要试点的每个证书都要申报。', guide: '/pilot/application/', source: '手册 第一章 注意事项 1、2，申报计划页的注意' },
  { key: 'pilotScaleTooSmall', kind: mistake, question: '拟申报培训人数报得比实际要考的人少。', answer: '院校考生的报考人数不能超过本年度的试点规模，超出的学生只能作为社会考生报考。', guide: '/pilot/application/', source: '手册 第一章 3、第三章 三' },
  { key: 'pilotSubmitUnchecked', kind: mistake, question: '没有核对就点了{button.pilotSubmit}。', answer: '申报列表里只有还没提交的申报可以修改、删除，提交后要等审核结果。没填好时先点{button.pilotSave}，核对证书、专业、人数和两段描述后再提交。', guide: '/pilot/application/', source: '手册 第一章 2' },
  // 考点申报
  { key: 'siteBeforePilot', kind: mistake, question: '还不是试点院校就去申报考核站点。', answer: '只有试点院校才能申报考核站点：先完成证书试点申报，至少一个证书审核通过。', guide: '/site/application/', source: '手册 第二章 1 注意事项 ①、第一章 4' },
  { key: 'duplicateSite', kind: mistake, question: '已经申报过考核站点，又提交一次申报。', answer: '为保证考核站点唯一，申报过的学校不允许再次申报。被退回的申报用{button.edit}修改，不要新建。', guide: '/site/application/', source: '手册 第二章 1 注意事项 ②、2.2' },
  { key: 'siteFormMissing', kind: mistake, question: '没有在“其他材料”里上传盖章的申请表。', answer: '在“其他材料”栏目上传填写完成、加盖学校公章及法人代表签章的{siteApplicationForm}。', guide: '/site/application/', source: '手册 第二章 1' },
  { key: 'siteNameTyped', kind: mistake, question: '自己填写考核站点名称。', answer: '考核站点名称不用填写，平台按“院校名称+考核证书”自动生成。', guide: '/site/application/', source: '手册 第二章 1' },
  { key: 'siteWaitForReview', kind: mistake, question: '提交后发现填错了，只好等审核结果。', answer: '已提交、培训评价组织还没审核的考核站点可以撤销。撤销后能否修改再提交，手册没有写明；本站的理解是撤销后回到可以编辑的状态，以平台显示为准。', guide: '/site/application/', source: '手册 第二章 2.4；撤销后的状态是本站的理解' },
  // 考场条件、考试平台安装
  { key: 'machinesForOneRoom', kind: mistake, question: '只按一个考场准备机器。', answer: '每个考场都要配备自己的机器：至少服务器 {serversPerRoom} 台、监考机 {proctorMachinesPerRoom} 台、考生机 {candidateMachinesPerRoom} 台。', guide: '/site/requirements/', source: '手册 第四章 一（一）1' },
  { key: 'candidateMachinesOffLan', kind: mistake, question: '考生机和服务器不在同一个局域网。', answer: '和服务器在同一局域网下，是手册判断考试机符合标准的依据之一；另一条是键盘、鼠标、显示器工作正常。', guide: '/site/requirements/', source: '手册 第四章 一（一）2 考生机备注' },
  { key: 'serverOffline', kind: mistake, question: '服务器不能上网，或没有固定 IP。', answer: '考点机（服务器）要能接入互联网并使用固定 IP；手册还建议配备一台 UPS 电源。', guide: '/site/requirements/', source: '手册 第四章 一（一）2 服务器备注' },
  { key: 'noMockExam', kind: mistake, question: '考试平台装好后没有让考生模拟练习。', answer: '考点须为考生提供免费的适应性模拟考试练习。考试平台安装完成后就可以组织考生模拟训练，提前熟悉考试平台的操作和环境。', guide: '/site/requirements/', alsoOn: ['/registration/platform-install/'], source: '手册 第四章 一（三）1、第三章 十 注意事项 3' },
  { key: 'roomPreparedLate', kind: mistake, question: '等到考前几天才准备机房。', answer: '考点设备调试、安装考试平台安排在{milestone.equipment}；远程安装在报名结束后启动，机房要在这之前按考场条件准备好。', guide: '/registration/platform-install/', source: '手册 第三章 十、十一' },
  { key: 'noTechContact', kind: mistake, question: '没有确定考点技术对接人。', answer: '考点负责人要提前确定技术对接人：远程安装部署考试平台需要考点技术人员协助。', guide: '/registration/platform-install/', source: '手册 第三章 十' },
  { key: 'examMachinesOnline', kind: mistake, question: '封场时考试机还能访问外网，或开着无关软件。', answer: '封场前完成试考检查和系统检查：考试机不能访问外网，服务器和学生机没有感染病毒，其他无关软件都已退出。', guide: '/registration/platform-install/', source: '手册 第四章 四（一）考场封场确认' },
  // 考核计划
  { key: 'wrongPlan', kind: mistake, question: '选错考核计划。', answer: '一年有多次考试，计划名称相近。报考和设置考场前，核对计划名称、所属年度和科目考试时间；设置考场时，手册建议从{menu.examPlan}复制计划名称再选。', guide: '/registration/plans/', alsoOn: ['/registration/rooms/'], source: '手册 第三章 二、五 1 ①' },
  { key: 'subjectCodeConfused', kind: mistake, question: '把考核计划里的科目编码当成考核科目的科目编号。', answer: '计划里的科目编码和考核科目的科目编号是两套编号；报考表要填的是证书编号。', guide: '/registration/plans/', source: '手册 第三章 一、二、四 1.2 ④' },
  { key: 'onlyRegistrationDeadline', kind: mistake, question: '只记住报名截止日。', answer: '考核计划还写着排考时间、成绩登记时间、成绩公示时间和各科目的考试时间，这些时间都要记下来。', guide: '/registration/plans/', source: '手册 第三章 二' },
  // 考生信息、照片、认证
  { key: 'wrongCandidateList', kind: mistake, question: '把超出试点规模或非试点专业的学生放进“院校考生”。', answer: '他们是社会考生：导入“社会考生”栏目，报考时考生类型也选社会考生。', guide: '/registration/candidates/', source: '手册 第三章 三、四 1.2 ③' },
  { key: 'pinyinFormat', kind: mistake, question: '姓名拼音写成全大写、没有空格，或只写了首字母。', answer: '拼音会印在证书上：写全拼，姓和名之间空一格，首字母大写。', guide: '/registration/candidates/', source: '手册 第三章 三 1 ②' },
  { key: 'idMangled', kind: mistake, question: '证件号码被表格软件改坏：变成科学计数法，或末几位变成零。', answer: '先把证件号码、手机号码两列设为文本格式再粘贴，导入前核对号码是否完整；也可以用本站的“考生信息导入”向导检查一遍。', guide: '/registration/candidates/', source: '本站（表格软件的常见问题）' },
  { key: 'importTwice', kind: mistake, question: '学生再考一次时，又把他导入一遍。', answer: '不管学生考几次，考生信息都只导入一次。往年信息不全的，用{button.candidatesExport}导出、补全后，再用{button.candidatesBatchEdit}导入。', guide: '/registration/candidates/', source: '手册 第三章 三 注意、3.2' },
  { key: 'photoNaming', kind: mistake, question: '照片用学生姓名或学号命名，或没有打包就逐张上传。', answer: '每张照片命名为“{photoFileName}”（号码与导入的考生信息一致），全部压缩成一个 {photoArchive} 文件再批量导入。', guide: '/registration/photos/', source: '手册 第三章 三 2' },
  { key: 'photoNameMismatch', kind: mistake, question: '文件名里的证件号码和导入的考生信息不一致，比如多了空格，或末位 X 的大小写不同。', answer: '照片用证件号码命名，文件名里的号码要和导入的考生信息一字不差。', guide: '/registration/photos/', source: '手册 第三章 三 2' },
  { key: 'photoSpec', kind: mistake, question: '照片像素、大小或底色不合要求，或用了生活照、截图。', answer: '用标准的小一寸证件照：{photoWidthPx}×{photoHeightPx} 像素，jpg 或 png，{photoMaxBytes} 以内，{photoBackground}底色。', guide: '/registration/photos/', source: '手册 第三章 三 2' },
  { key: 'certifyForgotten', kind: mistake, question: '导入照片后没有点{button.certify}或{button.certifyBatch}。', answer: '点了认证，平台才会等待公安系统照片比对；没有提交认证的学生一直不能报考。', guide: '/registration/candidate-status/', alsoOn: ['/registration/photos/'], source: '手册 第三章 三 3.1' },
  { key: 'enrolBeforeCertified', kind: mistake, question: '考生信息还没认证通过就报考，或临近截止才提交认证。', answer: '只有实名认证通过、状态为“信息准确”的考生才能报考，没通过的行会导入失败。认证约需 {photoCheckHours} 小时，要留出时间。', guide: '/registration/candidate-status/', alsoOn: ['/registration/enrolment/'], source: '手册 第三章 三 3.1、四 1.2 注意事项 2' },
  { key: 'manualConfirmIgnored', kind: mistake, question: '“需人工确认”的学生放着不管。', answer: '照片比对失败的学生要由学校处理：核对考生信息无误后点{button.confirmManually}，状态才会变为“信息准确”。', guide: '/registration/candidate-status/', source: '手册 第三章 三 3.1' },
  { key: 'editAfterEnrolment', kind: mistake, question: '以为报考后改了考生信息，这次考试里的信息也会跟着变。', answer: '报考后再改考生信息，不影响该考核计划中的考生信息。要改这次考试中的信息，只能联系培训评价组织，而且只能改{editableAfterEnrolment}。', guide: '/registration/candidate-status/', source: '手册 第三章 三 3.2 注意' },
  // 报考、费用
  { key: 'importIsNotEnrolment', kind: mistake, question: '只在{menu.candidates}导入了学生，以为报名已经完成。', answer: '导入考生信息不算报考。必须在{menu.enrolment}为学生报考，报考记录出现后才算报名成功。', guide: '/registration/enrolment/', source: '手册 第三章 四 1.3 注意事项 2' },
  { key: 'planNotChosen', kind: mistake, question: '导入报考表前没有先选考核计划。', answer: '导入前先选中对应的考核计划，否则报考记录导入不了。', guide: '/registration/enrolment/', source: '手册 第三章 四 1、1.3' },
  { key: 'certificateNumberMismatch', kind: mistake, question: '证书编号和证书等级对不上，比如等级填中级、编号却是初级的。', answer: '证书编号按报考的等级填写，初级、中级、高级各有自己的编号。', guide: '/registration/enrolment/', source: '手册 第三章 四 1.2 ④' },
  { key: 'lateChanges', kind: mistake, question: '报考截止后才想起要增加、删除或替换考生。', answer: '报考结束后报考数据不能编辑或删除，也不能补报名：增删和替换考生要在报考截止前完成，截止前核对好报考记录数。', guide: '/registration/enrolment/', alsoOn: ['/registration/scheduling/'], source: '手册 第三章 四 2.1、七、十一' },
  { key: 'maskedExport', kind: mistake, question: '用导出的报考数据核对身份证号。', answer: '导出的身份证号是加密显示的，看不到完整号码。请用自己导入的表格核对。', guide: '/registration/enrolment/', source: '手册 第三章 四 2.4' },
  { key: 'feesByStudents', kind: mistake, question: '让学生各自向培训评价组织交费。', answer: '考核费用由考生所在的院校统一向培训评价组织交纳。', guide: '/registration/fees/', source: '手册 第三章 九' },
  { key: 'feesByRecords', kind: mistake, question: '按报考记录的条数算费用。', answer: '每名考生有 {recordsPerCandidate} 条报考记录（理论、实操各一条）；考核费用按考生和级别算，不按记录条数。', guide: '/registration/fees/', source: '手册 第三章 九、四 2.1' },
  { key: 'feesWaitForStandard', kind: mistake, question: '本省还没定考核费用标准，就不敢组织报名。', answer: '还没有标准的省份可以先组织报名、参加考试，省厅发布标准后按标准补缴；也可以先按初级 {feeBasic} 元、中级 {feeIntermediate} 元、高级 {feeAdvanced} 元收取，之后多退少补。', guide: '/registration/fees/', source: '手册 第三章 九' },
  // 考场、监考、排考
  { key: 'seatsAsMachines', kind: mistake, question: '考位数按机房的机位数填写。', answer: '考位数按实际考生人数设置，不按机位数；原则上每考场 {candidatesPerRoom} 人。', guide: '/registration/rooms/', source: '手册 第三章 五 1 ⑥、第四章 二 4' },
  { key: 'spareRoomSet', kind: mistake, question: '把备用考场也设置到平台里。', answer: '当天用几个机房就设置几个考场，备用考场不在系统中设置。', guide: '/registration/rooms/', source: '手册 第三章 五 1 ④' },
  { key: 'reduceSeats', kind: mistake, question: '排考开始后想减少考场的考位数。', answer: '“排考中”的考场只能增加考位数，不能减少；要减少请在排考开始前改好。', guide: '/registration/rooms/', source: '手册 第三章 五 2.3' },
  { key: 'vagueRoomName', kind: mistake, question: '考场名称写得太笼统，比如只写“机房”。', answer: '考场名称尽量写机房、教室或实训室的名字，例如“XX教学楼XX室/机房”，方便考生和监考员找到。', guide: '/registration/rooms/', source: '手册 第三章 五 1 ④' },
  { key: 'ownMajorProctor', kind: mistake, question: '请本专业的任课老师监考。', answer: '手册建议由非本专业的任课老师监考。', guide: '/registration/proctors/', source: '手册 第三章 六 1' },
  { key: 'tooFewProctors', kind: mistake, question: '超过 {smallRoomMaxCandidates} 人的考场也只安排 {proctorsMinimum} 名监考员。', answer: '不超过 {smallRoomMaxCandidates} 人的考场安排 {proctorsMinimum} 名；超过时按监考员与考生不低于 {proctorRatio} 安排。', guide: '/registration/proctors/', source: '手册 第三章 六 2、第四章 开头' },
  { key: 'proctorsLate', kind: mistake, question: '临近考试才在平台提交监考人员。', answer: '在平台提交的监考人员，培训评价组织在 {proctorApprovalWorkingDays} 个工作日内审核，工作日不含周末和节假日：报考记录核对无误后尽早提交。', guide: '/registration/proctors/', source: '手册 第三章 六' },
  { key: 'proctorsBeforeEnrolmentChecked', kind: mistake, question: '报考记录还没核对完就录入监考人员。', answer: '手册把设置监考人员安排在报考记录完成、信息核对无误之后：报考人数一变，考场和监考人数也要跟着变。', guide: '/registration/proctors/', source: '手册 第三章 六' },
  { key: 'materialsOneSubject', kind: mistake, question: '只下载了一门考试的物料。', answer: '准考证、桌贴、门贴、签到表理论、实操各有一份，两门都要下载。', guide: '/registration/scheduling/', source: '手册 第三章 七' },
  { key: 'materialsLate', kind: mistake, question: '等到考前一两天才下载准考证和物料。', answer: '下载准考证、部署考场、打印物料安排在{milestone.materials}，要留出打印、制作和检查的时间。', guide: '/registration/scheduling/', source: '手册 第三章 十一' },
];
