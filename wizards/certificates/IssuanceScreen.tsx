/** The signing and issuing checklist (手册 第五章 二–四), each item ticked off by the school. */
import { stampUpload, signing, issuing } from '../../src/domain/certificates/facts';
import { formatBatchSigningTip } from '../../src/domain/certificates/rules';
import { menus, buttons } from '../../src/domain/platform/facts';
import { scoreLookup } from '../../src/domain/scores/facts';
import { Checkbox } from '../kit/Fields';
import { StepPage } from '../kit/StepPage';
import type { IssuanceItem } from './context-schema';
import type { CertificatesScreenProps } from './screen-props';

const items: Record<IssuanceItem, { title: string; details: string }> = {
  stampUploaded: { title: '签名章已上传并保存', details: stampUpload.steps.join('；') + '。' },
  signer: { title: '确定签发审核人', details: signing.notes[2] },
  pageSize: { title: `单个签发「${buttons.issue}」或批量签发「${buttons.issueBatch}」`, details: `${signing.single} 批量签发：${formatBatchSigningTip()}` },
  wechat: { title: '签发审核人用微信扫码在线签字', details: `${signing.notes[1]} ${signing.notes[5]}` },
  reject: { title: '名单有误时拒绝签发并写明理由', details: `${signing.notes[4]}${signing.bothMustSign}` },
  delivery: { title: '与鸿科经纬公司商定纸质或电子证书', details: `${issuing.agreement} 纸质证书：${issuing.paper} 电子证书：${issuing.electronic}` },
  lookup: {
    title: '告诉学生怎样查询',
    details: `学生在平台「${menus.studentLookup}」输入“${scoreLookup.studentKeys.join('”和“')}”查看成绩和证书。${issuing.teacherView}`,
  },
};

/** Render the checklist screen (loaded when first shown). */
export function IssuanceScreen({ context, send }: CertificatesScreenProps) {
  return (
    <StepPage title="签发和发证清单" errors={context.errors} onBack={() => send({ type: 'step.back' })}>
      <p>
        签发在「{menus.certificateIssuance}」进行。逐项做完后勾选，勾选状态会自动保存。
      </p>
      {(Object.keys(items) as IssuanceItem[]).map((item) => (
        <Checkbox
          key={item}
          id={`checklist-${item}`}
          label={items[item].title}
          hint={items[item].details}
          checked={context.checklist.includes(item)}
          onChange={(checked) => send({ type: 'checklist.tick', item, checked })}
        />
      ))}
    </StepPage>
  );
}
