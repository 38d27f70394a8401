/**
 * Common mistakes the quick-reference cards warn about that 常见问题
 * (glossary/faq.ts) does not list, each from the manual's 注意事项. Numbers and
 * menu paths are `{placeholders}` (fact-values.ts).
 */
import type { CardMistake } from './schema';

export const trainingMistakes: readonly CardMistake[] = [
  { key: 'pilotOutsideWindow', mistake: '错过本省的申报时间，或以为申报一次可以一直有效。', avoid: '试点申报每年一次，各省时间不同：按本省通知，在本省的申报时间内申报本年度的级别和规模。', source: '手册 第一章 注意事项 1、2' },
  { key: 'pilotScaleTooSmall', mistake: '拟申报培训人数报得比实际要考的人少。', avoid: '院校考生不能超过本年度批准的规模，超出的学生只能按社会考生报考：按本年度实际要培训考证的人数申报。', source: '手册 第一章、第三章 三' },
  { key: 'siteFormMissing', mistake: '没有在“其他材料”里上传盖章的申请表。', avoid: '上传填写完整、加盖学校公章和法人代表签章的{siteApplicationForm}。', source: '手册 第二章 1' },
  { key: 'wrongCandidateList', mistake: '把超出试点规模或非试点专业的学生放进“院校考生”。', avoid: '他们是社会考生：导入“社会考生”栏目，报考时考生类型也选社会考生。', source: '手册 第三章 三、四 1.2 ③' },
  { key: 'idMangled', mistake: '证件号码被表格软件改坏：变成科学计数法，或末几位变成 0。', avoid: '把证件号码、手机号码两列先设为文本格式再粘贴；导入前用本站的「考生信息导入」向导检查一遍。', source: '手册 第三章 三 1（模板中的证件号码为 18 位）' },
  { key: 'photoNaming', mistake: '照片用学生姓名命名，或没有打包就逐张上传。', avoid: '每张照片命名为「{photoFileName}」（号码与导入的考生信息一致），全部压缩成一个 .zip 文件再批量导入。', source: '手册 第三章 三 2' },
  { key: 'photoSpec', mistake: '照片尺寸、大小或底色不合要求。', avoid: '小一寸照片：{photoWidthPx}×{photoHeightPx} 像素，jpg 或 png，{photoMaxBytes} 以内，{photoBackground}底色。', source: '手册 第三章 三 2' },
  { key: 'ownMajorProctor', mistake: '请本专业的任课老师监考。', avoid: '监考员建议由非本专业的任课老师担任。', source: '手册 第三章 六' },
  { key: 'tooFewProctors', mistake: '超过 {smallRoomMaxCandidates} 人的考场也只安排 {proctorsMinimum} 名监考员。', avoid: '不超过 {smallRoomMaxCandidates} 人的考场 {proctorsMinimum} 名；超过时按监考员与考生不低于 {proctorRatio} 安排。', source: '手册 第三章 六、第四章 开头' },
  { key: 'proctorsLate', mistake: '临近考试才在平台提交监考人员。', avoid: '平台审核最多需要 {proctorApprovalWorkingDays} 个工作日：报考记录核对无误后尽早提交。', source: '手册 第三章 六' },
  { key: 'seatsAsMachines', mistake: '考位数按机房的机位数填写。', avoid: '考位数按实际考生人数设置，原则上每考场 {candidatesPerRoom} 人，考生平均分到各考场。', source: '手册 第三章 五 1 ⑥、第四章 二 4' },
  { key: 'reviewObjective', mistake: '为计算机阅卷的客观题科目申请复查。', avoid: '复查原则上只限主观题科目；客观题科目只在成绩为零分或缺考时复查。', source: '手册 第三章 八（二）3' },
];
