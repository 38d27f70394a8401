import { setup } from 'xstate';
import { buttons, menus } from '../platform/facts';
import type { LifecycleNodeMeta } from './schema';

/**
 * 手册 第五章 三、四: a passed candidate's certificate in `menus.certificateIssuance`.
 * The manual describes the steps but names no statuses, so every label here is our
 * reading (marked as inferred on the diagram).
 */
export const certificateIssuanceLifecycle = setup({
  types: {
    events: {} as
      | { type: 'issuance.sign' }
      | { type: 'issuance.reject' }
      | { type: 'issuance.resubmit' }
      | { type: 'issuance.countersign' }
      | { type: 'certificate.generate' },
    meta: {} as LifecycleNodeMeta,
  },
}).createMachine({
  id: 'certificateIssuance',
  meta: { title: '证书签发流程', source: '手册 第五章 三、四', where: 'certificateIssuance' },
  initial: 'awaitingSignature',
  states: {
    awaitingSignature: {
      meta: {
        label: '待签发',
        meaning: '考生通过考试后，鸿科经纬公司生成待签发名单。',
        allowed: [`「${buttons.issue}」（单个）`, `「${buttons.issueBatch}」`, '拒绝签发（写明理由）'],
        isInferred: true,
      },
      on: {
        'issuance.sign': { target: 'signedBySchool', description: '签发审核人微信扫码在线签字确认（不可撤回）' },
        'issuance.reject': { target: 'rejected', description: '签发审核人拒绝签发并写明理由' },
      },
    },
    rejected: {
      meta: {
        label: '拒绝签发',
        meaning: '学校拒绝签发，等待培训评价组织处理。',
        allowed: ['培训评价组织处理后重新签发'],
        isInferred: true,
      },
      on: { 'issuance.resubmit': { target: 'awaitingSignature', description: '培训评价组织处理后重新签发' } },
    },
    signedBySchool: {
      meta: {
        label: '学校已签发',
        meaning: '学校已确认签发，等待鸿科经纬公司签发；任何一方不同意，证书都不能发放。',
        allowed: [],
        isInferred: true,
      },
      on: { 'issuance.countersign': { target: 'signedByBoth', description: '鸿科经纬公司确认签发' } },
    },
    signedByBoth: {
      meta: {
        label: '双方已签发',
        meaning: '双方都已签发，协商确定发放纸质证书还是电子证书。',
        allowed: ['与鸿科经纬公司确定发证方式'],
        isInferred: true,
      },
      on: { 'certificate.generate': { target: 'issued', description: '鸿科经纬公司生成证书' } },
    },
    issued: {
      meta: {
        label: '已发证',
        meaning: '电子证书已生成（纸质证书另行打印盖章后寄到学校）。',
        allowed: [`在「${menus.certificateIssuance}」查看和下载证书`],
        isInferred: true,
      },
      type: 'final',
    },
  },
});
