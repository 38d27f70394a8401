/** Quick-reference card: 考生照片与认证 (手册 第三章 三 2、3.1). */
import type { QuickCardInput } from '../schema';

export const photosCard: QuickCardInput = {
  key: 'photos',
  title: '考生照片与认证',
  guide: '/registration/photos/',
  wizard: 'photos',
  who: '负责录入考生信息的考务工作人员。',
  when: '导入考生信息之后、报名截止（{milestone.registration}）之前；认证约需 {photoCheckHours} 小时，要留出时间。',
  where: ['candidates'],
  whereNote: '右上角的{button.photosImport}；认证用{button.certify}或{button.certifyBatch}。',
  steps: [
    '收集每位学生的小一寸电子照片：{photoWidthPx}×{photoHeightPx} 像素，{photoMaxBytes} 以内，{photoBackground}底色。',
    '用本站的「考生照片打包」向导检查、裁剪，并按证件号码命名为「{photoFileName}」。',
    '把全部照片压缩成一个 .zip，用{button.photosImport}上传。',
    '点{button.certifyBatch}，等待公安系统照片比对。',
    '“需人工确认”的学生：核对信息无误后点{button.confirmManually}，变为“信息准确”才能报考。',
  ],
  mistakes: ['photoNaming', 'photoSpec', 'enrolBeforeCertified'],
};
