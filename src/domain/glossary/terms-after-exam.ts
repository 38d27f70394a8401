/**
 * 术语表, part 3: scores, review and certificates (手册 第三章 八、第五章、附件 1).
 * Numbers and menu paths are `{placeholders}` (fact-values.ts). 第五章 二 tells the
 * 试点院校负责人账号, a 试点院校业务管理员 account and the 考核站点负责人 apart; so do we.
 */
import type { GlossaryEntryInput } from './schema';

export const termsAfterExam: readonly GlossaryEntryInput[] = [
  { key: 'scores', term: '科目成绩', synonyms: ['成绩', '考试成绩'], definition: '每门科目的分数，成绩公示后教师在{menu.scores}查看和导出。', guide: '/registration/scores/', source: '手册 第三章 八' },
  { key: 'scoreEntry', term: '成绩登记', synonyms: ['成绩登记时间'], definition: '评卷结束后，培训评价组织在考核计划的成绩登记时间内把成绩按科目导入平台。', guide: '/registration/scores/', source: '手册 第三章 八' },
  { key: 'publication', term: '成绩公示', synonyms: ['公示期', '成绩公示期', '成绩公布'], definition: '成绩登记结束后的公示期，考生和考点可以查成绩、申请复查；公示期过后成绩锁定，不能再改。手册写复查期限时用“成绩公布”，本站理解为成绩公示开始。', guide: '/registration/scores/', source: '手册 第三章 二、八；“成绩公布”即公示开始是本站的理解' },
  { key: 'review', term: '成绩复查', synonyms: ['复查', '复核', '成绩复核', '查分'], definition: '对成绩有疑问时，由院校统一填写成绩复查表向培训评价组织申请。要在{reviewDeadline}提出，每次公示期内每名考生只能复查一次。', guide: '/registration/score-review/', source: '手册 第三章 八（二）、十一、附件 1' },
  { key: 'reviewForm', term: '成绩复查表', synonyms: ['复查申请表', '复查表', '附件 1'], definition: '申请复查时填写的表格（手册附件一），以院校为单位发邮件提交。', guide: '/registration/score-review/#成绩复查表', source: '手册 第三章 八（二）2、附件 1' },
  { key: 'reviewReceipt', term: '成绩复查回执', synonyms: ['复查回执'], definition: '手册附件一末尾的另一张表，标题是“成绩复查回执-学校名称”；手册没有说明它怎么用，本站理解为培训评价组织答复复查时使用。', guide: '/registration/score-review/', source: '手册 附件 1；用途是本站的理解' },
  { key: 'workingDay', term: '工作日', synonyms: ['个工作日'], definition: '不含周末和法定节假日、含调休上班日的日子。复查期限和答复时间都按工作日计算。', guide: '/registration/score-review/', source: '手册 第三章 八（二）' },
  { key: 'results', term: '考证结果', synonyms: ['通过状态'], definition: '平台按两门科目是否都达到合格分判定的最终结果，在{menu.results}查看，只显示是否获得证书，不显示分数。', guide: '/certificates/results/', source: '手册 第五章 一' },
  { key: 'issuanceRecord', term: '证书发放记录', synonyms: ['待签发名单'], definition: '培训评价组织为通过考核的考生生成的记录，在{menu.certificateIssuance}等待双方签发。', guide: '/certificates/signing/', source: '手册 第五章 一、三' },
  { key: 'lookup', term: '特色业务', synonyms: [], definition: '平台上学生查成绩和证书的栏目，输入身份证号和准考证号即可查询。', guide: '/certificates/results/#学生怎样查成绩和证书', source: '手册 第三章 八、第五章 四' },
  { key: 'siteHead', term: '考核站点负责人', synonyms: [], definition: '每所试点院校只有一名，要求由{responsiblePersonRank}担任；证书上加盖的是他的电子签名章。他可以授权任何人作为签发审核人。', guide: '/certificates/stamp/', source: '手册 第五章 二、三' },
  { key: 'headAccount', term: '试点院校负责人账号', synonyms: ['初始账号', '负责人账号'], definition: '试点院校的初始账号，每校只有一个。签名章只能用它上传和管理。', guide: '/certificates/stamp/', source: '手册 第五章 二' },
  { key: 'businessAdmin', term: '试点院校业务管理员', synonyms: ['业务管理员账号'], definition: '学校自己在平台上创建的账号角色。它不是试点院校负责人账号，不能用来上传和管理签名章。', guide: '/certificates/stamp/', source: '手册 第五章 二' },
  { key: 'stamp', term: '签名章', synonyms: ['签章', '电子签名章', '签字章', '电子签章', '负责人签章'], definition: '考核站点负责人的签名图片，加盖在证书上，在{menu.schoolManagement}上传。', guide: '/certificates/stamp/', source: '手册 第五章 二' },
  { key: 'authorisationLetter', term: '电子签名章使用授权委托书', synonyms: ['授权委托书'], definition: '上传签名章保存前要阅读并勾选的授权书。', guide: '/certificates/stamp/', source: '手册 第五章 二 5' },
  { key: 'signing', term: '证书签发', synonyms: ['签发', '确认签发'], definition: '学校和培训评价组织在{menu.certificateIssuance}确认发证记录和成绩无误，可以单个签发或批量确认签发。双方都签发后证书才能发放。', guide: '/certificates/signing/', source: '手册 第五章 三' },
  { key: 'signer', term: '签发审核人', synonyms: ['审核人'], definition: '在平台上确认签发的人，用微信扫码在线签字。考核站点负责人可以授权任何人担任。', guide: '/certificates/signing/', source: '手册 第五章 三' },
  { key: 'onlineSignature', term: '在线签字', synonyms: ['在线签名', '扫码签字', '微信签字'], definition: '签发审核人确认签发时用微信扫码完成的签字，只用于这次签发确认，不是证书上的签名章，完成后不可撤回。', guide: '/certificates/signing/#签发前要知道', source: '手册 第五章 三 注意事项' },
  { key: 'rejectSigning', term: '拒绝签发', synonyms: ['不同意签发'], definition: '签发审核人发现问题时拒绝签发并写明理由，培训评价组织处理后再重新签发。', guide: '/certificates/signing/', source: '手册 第五章 三 5' },
  { key: 'issuing', term: '证书发放', synonyms: ['发证', '颁发证书'], definition: '双方签发后，培训评价组织与院校商定发纸质证书还是电子证书，再由培训评价组织生成证书。', guide: '/certificates/issuing/', source: '手册 第五章 四' },
  { key: 'paperCertificate', term: '纸质证书', synonyms: ['纸质版证书', '纸证'], definition: '培训评价组织打印证书、加盖公章后寄到学校，由学校发给学生。', guide: '/certificates/issuing/', source: '手册 第五章 四' },
  { key: 'electronicCertificate', term: '电子证书', synonyms: ['电子版证书'], definition: '培训评价组织在线加盖电子公章生成的证书，院校和学生在线下载或查看。', guide: '/certificates/issuing/', source: '手册 第五章 四' },
  { key: 'certificateCode', term: '证书编码', synonyms: ['证书号'], definition: '考生拿到证书后，可以凭证书编码和身份证号码在平台上查看证书。', guide: '/certificates/results/#学生怎样查成绩和证书', source: '手册 第五章 开头' },
];
