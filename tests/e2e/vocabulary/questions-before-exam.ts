import type { SearchQuestion } from './questions-types';

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
const fees = '/registration/fees/';
const rooms = '/registration/rooms/';
const proctors = '/registration/proctors/';
const scheduling = '/registration/scheduling/';
const install = '/registration/platform-install/';
const keyDates = '/registration/key-dates/';
const duties = '/exam-day/duties/';

/** From the start of the year to the week before the exam: pilot, site, candidates, enrolment, rooms, proctors. */
export const questions: SearchQuestion[] = [
  // 开始之前
  { question: '这个证书分几个级别', page: overview },
  { question: '理论和实操多少分算及格？', page: overview },
  { question: '中级的证书编号是多少', page: overview },
  { question: '科目编码和科目编号有什么区别', page: overview },
  { question: '考务工作在哪个平台上办', page: overview },
  { question: '巡考员是谁派的', page: duties },
  { question: '考核站点负责人要什么级别的领导担任', page: roles },
  { question: '考点要有几个常设的管理人员', page: roles },
  { question: '一年的考务工作按什么顺序做', page: year },
  // 试点申报
  { question: '试点申报每年要报几次', page: pilot },
  { question: '试点申报由谁审核', page: pilot },
  { question: '试点申报提交后还能修改吗', page: pilot },
  { question: '去年申报过试点，今年还要申报吗', page: pilot },
  { question: '错过了本省的试点申报时间怎么办', page: pilot },
  { question: '试点申报表的师资情况怎么填', page: pilot },
  { question: '待审核的试点申报能删除吗', page: pilot },
  // 考点申报与考场条件
  { question: '考点申报被退回了怎么办', page: site },
  { question: '考点申报要上传什么材料', page: site },
  { question: '考核站点名称怎么填', page: site },
  { question: '考点申报多久审核一次', page: site },
  { question: '考点申报提交后发现填错了怎么办', page: site },
  { question: '以前的考点在新平台上找不到了', page: site },
  { question: '已经是考点了还能再申报一个吗', page: site },
  { question: '一个考场要几台服务器', page: requirements },
  { question: '服务器最低要什么配置', page: requirements },
  { question: '考生机内存要多大', page: requirements },
  { question: '考位之间的距离要多少', page: requirements },
  { question: '考场要能持续供电多长时间', page: requirements },
  { question: '监控要几路，多少像素', page: requirements },
  { question: '屏蔽仪有什么要求', page: requirements },
  { question: '考生机要装什么软件', page: requirements },
  { question: '服务器要不要能上网', page: requirements },
  // 考核科目与考核计划
  { question: '考核计划在哪里看', page: plans },
  { question: '考核计划里有哪些时间', page: plans },
  // 考生信息、照片与认证
  { question: '身份证号最后一位是x怎么办', page: candidates },
  { question: '姓名拼音怎么写', page: candidates },
  { question: '复姓的拼音怎么写', page: candidates },
  { question: '学生信息导入模板在哪下载', page: candidates },
  { question: '院校考生和社会考生有什么区别', page: candidates },
  { question: '超出试点规模的学生怎么报', page: candidates },
  { question: '身份证号在excel里变成科学计数法了', page: candidates },
  { question: '港澳台学生能报名吗', page: candidates },
  { question: '吕的拼音写lv还是lyu', page: candidates },
  { question: '只有一个学生怎么单独添加', page: candidates },
  { question: '学生照片要什么底色', page: photos },
  { question: '照片像素是多少', page: photos },
  { question: '照片文件名怎么命名', page: photos },
  { question: '照片文件多大以内', page: photos },
  { question: '学生照片怎么批量上传', page: photos },
  { question: '照片要打包成什么格式', page: photos },
  { question: '认证要多长时间', page: candidateStatus },
  { question: '需人工确认是什么意思', page: candidateStatus },
  { question: '信息准确以后还能改姓名吗', page: candidateStatus },
  { question: '学生信息怎么删除', page: candidateStatus },
  { question: '老学生的信息不全怎么补', page: candidateStatus },
  { question: '报考后改了学生信息，考试里会跟着变吗', page: candidateStatus },
  // 为学生报考
  { question: '报名什么时候截止', page: keyDates },
  { question: '报考记录为什么是人数的两倍', page: enrolment },
  { question: '报名截止后还能补报吗', page: enrolment },
  { question: '按证书导入模板怎么填', page: enrolment },
  { question: '导入报考前要先选什么', page: enrolment },
  { question: '导出的报考数据身份证号看不全', page: enrolment },
  { question: '报考记录能删除吗', page: enrolment },
  { question: '导入失败的报考数据在哪看', page: enrolment },
  { question: '学生只导入了信息算报名了吗', page: enrolment },
  { question: '学生没来考试，系统里显示什么状态', page: enrolment },
  // 证书考核费用
  { question: '考试费多少钱', page: fees },
  { question: '考试费是学生自己交吗', page: fees },
  { question: '本省还没有收费标准怎么办', page: fees },
  { question: '考试费按人数算还是按报考记录算', page: fees },
  // 考场设置
  { question: '一个考场最多坐多少人', page: rooms },
  { question: '考位数按机位数填还是按人数填', page: rooms },
  { question: '备用考场要在系统里设置吗', page: rooms },
  { question: '排考中的考场能减少考位吗', page: rooms },
  { question: '考场名称怎么写', page: rooms },
  { question: '借考的学生考场怎么设置', page: rooms },
  { question: '考场信息能沿用上次的吗', page: rooms },
  // 监考人员
  { question: '一个考场要几个监考老师', page: proctors },
  { question: '45个学生的考场要几个监考', page: proctors },
  { question: '监考人员多久审核通过', page: proctors },
  { question: '本专业的老师能监考吗', page: proctors },
  { question: '监考老师一定要在平台上填吗', page: proctors },
  // 排考、准考证、平台安装、时间节点
  { question: '准考证在哪里下载', page: scheduling },
  { question: '考生登录考试系统的密码是什么', page: scheduling },
  { question: '排考需要几天', page: scheduling },
  { question: '理论和实操的准考证号一样吗', page: scheduling },
  { question: '考试平台谁来安装', page: install },
  { question: '考试机能不能上外网', page: install },
  { question: '装好平台后学生能模拟练习吗', page: install },
  { question: '准考证什么时候可以下载', page: scheduling },
  { question: '考前第二周是怎么算的', page: keyDates },
];
