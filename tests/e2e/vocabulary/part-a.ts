import type { SearchExpectation } from './types';

const overview = '/start/overview/';
const roles = '/start/roles/';
const year = '/start/year/';
const pilot = '/pilot/application/';
const site = '/site/application/';
const requirements = '/site/requirements/';
const plans = '/registration/plans/';
const candidates = '/registration/candidates/';
const photos = '/registration/photos/';
const candidateStatus = '/registration/candidate-status/';
const enrolment = '/registration/enrolment/';
const rooms = '/registration/rooms/';
const proctors = '/registration/proctors/';
const scheduling = '/registration/scheduling/';
const scores = '/registration/scores/';
const review = '/registration/score-review/';
const fees = '/registration/fees/';
const install = '/registration/platform-install/';
const keyDates = '/registration/key-dates/';

/** Terms for 开始之前, 试点申报, 考点申报与考场条件 and 考试报名, synonyms as their own terms. */
export const terms: SearchExpectation[] = [
  // 开始之前
  { term: '证书编号', page: overview },
  { term: '科目编号', page: overview },
  { term: '合格标准', page: overview },
  { term: '及格', page: overview },
  { term: '试点院校', page: roles },
  { term: '巡考员', page: roles },
  { term: '省教育厅', page: roles },
  { term: '一年', page: year },
  // 试点申报
  { term: '试点申报', page: pilot },
  { term: '试点资格', page: pilot },
  { term: '待审核', page: pilot },
  { term: '审核不通过', page: pilot },
  // 考点申报与考场条件
  { term: '考点', page: site },
  { term: '考核站点', page: site },
  { term: '考点申报', page: site },
  { term: '考核站点申请表', page: site },
  { term: '撤销', page: site },
  { term: '审核退回', page: site },
  { term: '未提交', page: site },
  { term: '考场条件', page: requirements },
  { term: '服务器', page: requirements },
  { term: '考生机', page: requirements },
  { term: '最低配置', page: requirements },
  { term: '考位间距', page: requirements },
  { term: '座位间距', page: requirements },
  { term: '屏蔽', page: requirements },
  { term: '监控', page: requirements },
  { term: '交换机', page: requirements },
  { term: '供电', page: requirements },
  { term: 'UPS', page: requirements },
  // 考核科目与考核计划
  { term: '考核计划', page: plans },
  { term: '考核科目', page: plans },
  // 考生信息、照片、状态
  { term: '院校考生', page: candidates },
  { term: '社会考生', page: candidates },
  { term: '拼音', page: candidates },
  { term: '姓名拼音', page: candidates },
  { term: '身份证', page: candidates },
  { term: '证件号码', page: candidates },
  { term: '证件类型', page: candidates },
  { term: '护照', page: candidates },
  { term: '学生名单', page: candidates },
  { term: '导入模板', page: candidates },
  // 批量导入 alone is the start of four buttons (报考, 学生照片, 考场信息, 学生信息): the candidates guide has the last.
  { term: '批量导入学生信息', page: candidates },
  { term: '照片', page: photos },
  { term: '小一寸', page: photos },
  { term: '认证', page: candidateStatus },
  { term: '信息准确', page: candidateStatus },
  { term: '信息待认证', page: candidateStatus },
  { term: '需人工确认', page: candidateStatus },
  { term: '人工确认', page: candidateStatus },
  { term: '无照片', page: candidateStatus },
  { term: '删除考生', page: candidateStatus },
  // 报考
  { term: '报名', page: enrolment },
  { term: '报考', page: enrolment },
  { term: '按证书导入', page: enrolment },
  { term: '报考记录', page: enrolment },
  { term: '缺考', page: enrolment },
  { term: '未排考', page: enrolment },
  { term: '待考试', page: enrolment },
  { term: '考试中', page: enrolment },
  // 考场、监考、排考
  { term: '考场', page: rooms },
  { term: '考位', page: rooms },
  { term: '考位数', page: rooms },
  { term: '排考中', page: rooms },
  { term: '借考', page: rooms },
  { term: '监考', page: proctors },
  { term: '监考员', page: proctors },
  { term: '监考人员', page: proctors },
  { term: '监考老师', page: proctors },
  { term: '监考人员设置', page: proctors },
  { term: '排考', page: scheduling },
  { term: '准考证', page: scheduling },
  { term: '准考证下载', page: scheduling },
  { term: '桌贴', page: scheduling },
  { term: '门贴', page: scheduling },
  { term: '签到表', page: scheduling },
  { term: '签到', page: scheduling },
  { term: '登录密码', page: scheduling },
  { term: '初始密码', page: scheduling },
  // 成绩、复查、费用
  { term: '成绩公示', page: scores },
  { term: '成绩查询', page: scores },
  { term: '科目成绩', page: scores },
  { term: '考证结果', page: scores },
  { term: '特色业务', page: scores },
  { term: '复查', page: review },
  { term: '复核', page: review },
  { term: '成绩复查', page: review },
  { term: '复查表', page: review },
  { term: '工作日', page: review },
  { term: '邮箱', page: review },
  { term: '费用', page: fees },
  { term: '考试费', page: fees },
  { term: '报名费', page: fees },
  { term: '考核费用', page: fees },
  { term: '多退少补', page: fees },
  // 平台安装、时间节点
  { term: '平台安装', page: install },
  { term: '机房调试', page: install },
  { term: '模拟训练', page: install },
  { term: '时间节点', page: keyDates },
  { term: '截止日期', page: keyDates },
  { term: '考试日期', page: keyDates },
];
