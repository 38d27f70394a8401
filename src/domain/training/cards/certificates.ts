/** Quick-reference card: 证书签发 (手册 第五章). */
import type { QuickCardInput } from '../schema';

export const certificatesCard: QuickCardInput = {
  key: 'certificates',
  title: '证书签发',
  guide: '/certificates/signing/',
  wizard: 'certificates',
  who: '签名章：持试点院校负责人账号的老师；签发：签发审核人（考核站点负责人或他授权的人）。',
  when: '{milestone.certificates}；签名章要在第一次签发之前上传。',
  where: ['certificateIssuance'],
  whereNote: '签名章在{menu.schoolManagement}上传。',
  steps: [
    '在{menu.results}核对通过名单：理论和实操都达到 {passMark} 分才通过。',
    '用负责人账号在{menu.schoolManagement}上传签名章：{stampFormat}、{stampBackground}、正方形，约 {stampWidthPx}×{stampHeightPx} 像素，不超过 {stampMaxBytes}（可用本站向导处理图片）。',
    '在{menu.certificateIssuance}单个{button.issue}，或每页显示 {batchPageSize} 条后{button.issueBatch}。',
    '签发审核人用微信扫码签字确认；确认后不可撤回，有问题的写明理由拒绝签发。',
  ],
  mistakes: ['stampWrongAccount', 'signatureIsNotStamp', 'signUnchecked'],
};
