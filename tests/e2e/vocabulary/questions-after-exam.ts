import type { SearchQuestion } from './questions-types';

const scores = '/registration/scores/';
const review = '/registration/score-review/';
const results = '/certificates/results/';
const stamp = '/certificates/stamp/';
const signing = '/certificates/signing/';
const issuing = '/certificates/issuing/';
const session = '/training/session/';
const course = '/training/course/';

/** After the exam: scores, review, certificates; and the training pages staff use all year. */
export const questions: SearchQuestion[] = [
  // 成绩查询与复查
  { question: '成绩什么时候公示', page: scores },
  { question: '在哪里导出学生成绩', page: scores },
  { question: '成绩锁定了还能改吗', page: scores },
  { question: '复查要在几天内申请', page: review },
  { question: '复查表发到哪个邮箱', page: review },
  { question: '学生能自己申请复查吗', page: review },
  { question: '主观题评分不满意能复查吗', page: review },
  { question: '成绩复查能申请几次', page: review },
  { question: '复查的邮件标题怎么写', page: review },
  { question: '复查结果多久出来', page: review },
  // 考证结果与证书
  { question: '只过了理论没过实操能拿证吗', page: results },
  { question: '考证结果里为什么看不到分数', page: results },
  { question: '学生怎么自己查成绩', page: results },
  { question: '签名章图片要多大', page: stamp },
  { question: '签名章用哪个账号上传', page: stamp },
  { question: '签名章在哪里上传', page: stamp },
  { question: '证书签发后能撤回吗', page: signing },
  { question: '必须校长本人扫码签发吗', page: signing },
  { question: '怎么批量签发证书', page: signing },
  { question: '名单有问题不想签发怎么办', page: signing },
  { question: '纸质证书怎么发到学生手里', page: issuing },
  { question: '电子证书在哪里下载', page: issuing },
  // 培训
  { question: '机房没有网络怎么用这个网站', page: session },
  { question: '新老师的入职培训要多长时间', page: course },
];
