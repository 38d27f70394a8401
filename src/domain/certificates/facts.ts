/**
 * Issuing certificates: results, the signature stamp, signing, issuing.
 * 手册 第五章. The stamp's image spec is `signatureStamp` in ../photos/facts.ts.
 * Menu and button names come from ../platform/facts.ts.
 */
import { buttons, menus } from '../platform/facts';

/** 手册 第五章 开头: since this year both sides sign certificates online. */
export const onlineSigningSince = 2020;

/** 手册 第五章 一: when results are final and what decides them. */
export const resultsRule =
  '成绩登记结束后，考点院校可以在考证结果中查询到考生报考的证书最终的通过状态。通过证书考核的考生，由培训评价组织获取证书信息后生成证书发放记录，待鸿科经纬公司、考核站点双方确认签发后，考生就可以在平台上查询到自己的电子证书。';

/** 手册 第五章 二: how the responsible person's stamp is uploaded. */
export const stampUpload = {
  account: '试点院校负责人账号（即试点院校的初始账号，每个试点院校仅有一个；不是自己创建的角色为试点院校业务管理员的账号）',
  steps: [
    `在「${menus.schoolManagement}」栏目点击「${buttons.edit}」`,
    '把页面滚动到最下方，上传考核站点负责人的签名章',
    '通过预览查看签名章加盖在证书上的效果，效果不好就重新调整上传',
    '阅读《电子签名章使用授权委托书》，无误后勾选并保存',
  ],
  notes: [
    '一个试点院校无论参加多少个证书的试点，有且只允许有一个考核站点负责人，要求副校长及以上职位承担。',
    '上传后请通过预览效果查看电子签名章实际加盖在证书上的效果，若效果不好，请重新调整上传。',
    '此电子签章仅限于确认签发证书时使用，请登录试点院校负责人账号上传和管理签章，其他人均无权查看与使用。',
    '电子签名章上传保存前，请认真阅读《电子签名章使用授权委托书》，若无误请勾选，并保存。',
  ],
  authorisationLetter: '《电子签名章使用授权委托书》',
  responsiblePersonRank: '副校长及以上职位',
} as const;

/** 手册 第五章 三: signing on the platform. */
export const signing = {
  single: `筛选证书和学生后点击学生信息上的「${buttons.issue}」按钮完成单个签发。`,
  /** `{pageSize}` is `batchPageSize`. */
  batchTemplate: `建议把右下方的每页条数改为“{pageSize}条/页”，勾选页面序号前的小方框，选好后点击「${buttons.issueBatch}」。`,
  /** Rows per page the manual suggests for batch signing. */
  batchPageSize: 100,
  notes: [
    '点列表中的审核按钮就是单个签发，点右上角的批量确认签发即可批量签发。',
    '若确认签发，需要签发审核人使用微信扫码二维码进行在线签字确认，这里的签字和考核站点负责人签章是不同的概念，这里仅代表签发审核人签字确认，不需要由考核站点负责人来签字。',
    '考核站点负责人可以授权任何人代替其作为签发审核人，完成证书确认签发的操作。',
    '签发审核人在线签名仅用于本次签发证书签名确认所用，不能当做证书上的签名章使用，签名章需要单独到试点院校管理中上传。',
    '若拒绝签发需要签发审核人写明拒绝签发理由，由培训评价组织处理好后再进行重新签发。',
    '签发审核人在线签名并确认签发后，则证明签发机构已经确认发证记录和成绩准确无误，确认可发证。一旦完成操作，不可撤回。',
  ],
  bothMustSign: '有一方不同意签发，证书都无法正常发放。',
} as const;

/** 手册 第五章 四: paper or electronic certificates. */
export const issuing = {
  agreement: '试点院校和鸿科经纬公司都签发通过后，由鸿科经纬公司和试点院校协商确定发证方式，确定发证方式后由鸿科经纬公司通过职业技能等级证书平台操作生成证书。',
  paper: '由鸿科经纬公司下载证书模板，打印并加盖公章后寄送给学校，由学校发给学生。',
  electronic: '由鸿科经纬公司在线加盖电子公章，生成电子证书后，通知院校和学生在线下载或查看。',
  teacherView: `教师通过「${menus.certificateIssuance}」栏目可查看和下载网店运营推广学生证书信息。`,
} as const;
