/**
 * The two-hour onboarding course for staff of a new pilot school: the year's
 * work in the order a school meets it, each part with exercises on the sample
 * school (演示数据) in the wizard that does that part's paperwork. The modules'
 * minutes add up to `courseMinutes` (tested).
 */
import type { CourseModuleInput } from './schema';

/** Length of the course. */
export const courseMinutes = 120;

export const courseModules: readonly CourseModuleInput[] = [
  {
    key: 'opening',
    title: '开场：一年的工作和本站的用法',
    minutes: 10,
    goals: ['说得出一年中的五个阶段和各自在平台的哪里做。', '会打开指南、搜索、填表向导，知道演示数据和自己的工作分开保存。'],
    guides: ['/start/year/', '/start/overview/'],
    exercises: [
      {
        wizard: 'timeline',
        step: 'result',
        stepHeading: '考务时间表',
        tasks: ['打开练习链接：示例学校的考核计划已经带入。', '看每个时间节点的日期是怎样从考试日期推算出来的。', '下载日历文件，导入自己的日历。'],
        lookFor: ['报名在{milestone.registration}，截止后不能补报。', '成绩公示在{milestone.publication}，复查要在{reviewDeadline}提出。'],
      },
    ],
  },
  {
    key: 'applications',
    title: '证书试点申报和考点申报',
    minutes: 10,
    goals: ['知道试点申报每年一次、各省时间不同。', '会用考场条件自查报告找出考点还缺什么。'],
    guides: ['/pilot/application/', '/site/application/', '/site/requirements/'],
    exercises: [
      {
        wizard: 'pilot',
        step: 'batch',
        stepHeading: '本次申报的批次和时间',
        tasks: ['核对示例学校填好的批次和申报时间（实际申报时按本省通知填写）。', '核对专业和拟申报培训人数，看师资和场地的问题。', '看向导起草的师资情况描述和场地情况描述，改成本校的说法。'],
        lookFor: ['至少一个证书审核通过，学校才成为本学期的试点院校。', '拟申报和批准的培训人数，决定了能报多少院校考生。'],
      },
      {
        wizard: 'site',
        step: 'eligibility',
        stepHeading: '本校可以申报考核站点吗？',
        tasks: ['回答资格问题，看考核站点名称是怎样生成的。', '按示例学校的机房逐项回答，生成自查报告。'],
        lookFor: ['考核站点名称不用填写：院校名称加考核证书。', '自查报告区分“符合建议配置”“符合最低配置”和“不符合”。'],
      },
    ],
    cards: ['pilot', 'site'],
  },
  {
    key: 'candidates',
    title: '考生信息导入',
    minutes: 25,
    goals: ['会把学校自己的学生名单变成平台的本校学生导入模板。', '认得出最常见的名单错误，知道哪些要找学生核对。'],
    guides: ['/registration/candidates/', '/registration/candidate-status/'],
    exercises: [
      {
        wizard: 'candidates',
        step: 'source',
        stepHeading: '怎样提供学生名单？',
        demoFile: 'studentList',
        tasks: [
          '下载示例学校的学生名单，选「上传表格文件」上传。',
          '核对每一列的含义，选 ü 的写法，开始检查。',
          '按问题逐条处理：采用升级后的 18 位号码，补填缺少的手机号码，为生僻字姓名手工填写拼音，删去重复的行，然后重新检查。',
          '还有错误的学生先不导入；看试点专业和已批准培训人数怎样决定院校考生和社会考生。',
          '生成文件，打开本校学生导入模板看一看。',
        ],
        lookFor: [
          '复姓连写，多音字姓氏按姓氏的读音；同一个字在名字里按平常的读音。',
          '少数民族姓名和外国学生的拼音，要与本人证件核对。',
          '校验码不对时不能只改最后一位：找学生核对证件。',
          '每一处自动修改（全角数字、小写 x、空格、看不见的字符）都列出来给您看。',
          '超出批准规模的试点专业学生和非试点专业的学生都是社会考生。',
        ],
      },
    ],
    cards: ['candidates'],
  },
  {
    key: 'photos',
    title: '考生照片与认证',
    minutes: 10,
    goals: ['会把一批照片检查、裁剪并打包成平台要的 .zip。', '知道认证的几种状态和“需人工确认”怎么处理。'],
    guides: ['/registration/photos/', '/registration/candidate-status/'],
    exercises: [
      {
        wizard: 'photos',
        step: 'photos',
        stepHeading: '选择学生照片',
        demoFile: 'photoPack',
        tasks: ['下载示例学校的照片包，选择它。', '看哪些照片对应不上学生，哪些学生还没有照片。', '检查照片，让向导裁剪和压缩不合格的照片，生成照片包。'],
        lookFor: ['照片按证件号码命名：按姓名命名的也能对上，但要核对。', '没有照片的学生，导入后停在“无照片”，不能认证。'],
      },
    ],
    cards: ['photos'],
  },
  {
    key: 'registration',
    title: '为学生报考',
    minutes: 15,
    goals: ['会生成“按证书导入”报考文件，知道导入后要核对的记录数。', '知道报考截止后什么都不能改。'],
    guides: ['/registration/enrolment/', '/registration/fees/'],
    exercises: [
      {
        wizard: 'registration',
        step: 'levels',
        stepHeading: '为每位考生选择报考级别',
        tasks: ['按年级为示例学校的考生选择初级或中级。', '标出平台上已是“信息准确”的考生。', '核对考核站点编码，看费用估算，生成报考文件。'],
        lookFor: ['平台为每位考生生成理论、实操两条报考记录：记录数应是考生人数的 {recordsPerCandidate} 倍。', '报考截止在{milestone.registration}。'],
      },
    ],
    cards: ['registration'],
  },
  {
    key: 'roomsAndStaff',
    title: '考场和监考安排',
    minutes: 20,
    goals: ['会按考生人数分配考场和考位。', '会按考场人数配齐监考员，避开本专业老师。'],
    guides: ['/registration/rooms/', '/registration/proctors/'],
    exercises: [
      {
        wizard: 'rooms',
        step: 'allocation',
        stepHeading: '为每个级别选择考场',
        tasks: ['看向导建议的考场和考位数，试着换一个考场。', '生成考场批量导入文件和座位安排。'],
        lookFor: ['考位数等于实际考生人数，原则上每考场 {candidatesPerRoom} 人，平均分配。', '备用考场不在平台上设置。'],
      },
      {
        wizard: 'staff',
        step: 'assignment',
        stepHeading: '每个考场的监考员',
        tasks: ['看向导的自动安排，把一位老师换到另一个考场。', '生成人员安排表。'],
        lookFor: ['不超过 {smallRoomMaxCandidates} 人的考场 {proctorsMinimum} 名监考员，超过时不低于 {proctorRatio}。', '教本专业的老师会被标出来：建议不要安排监考。'],
      },
    ],
    cards: ['rooms', 'proctors'],
  },
  {
    key: 'examDay',
    title: '考试当天',
    minutes: 15,
    goals: ['知道考试当天每个时间点谁做什么。', '会打印门贴、桌贴、签到表和记录表。'],
    guides: ['/exam-day/exam-process/', '/exam-day/room-setup/', '/exam-day/emergencies/'],
    exercises: [
      {
        wizard: 'materials',
        step: 'documents',
        stepHeading: '打印考试当天的文件',
        tasks: ['打开考试当天流程表，对照指南讲一遍每个时间点。', '打印一个考场的门贴和签到表（可以打印成 PDF）。'],
        lookFor: ['开考前 {bootMinutes} 分钟开机，开考 {entryClosesMinutes} 分钟后不能再进场。', '平台排考后下载的准考证、桌贴、门贴、签到表才是正式的。'],
      },
    ],
    cards: ['exam-day'],
  },
  {
    key: 'results',
    title: '成绩复查和证书签发',
    minutes: 10,
    goals: ['会算复查的截止日期，填写成绩复查表。', '知道签名章和签发的区别。'],
    guides: ['/registration/score-review/', '/certificates/signing/', '/certificates/stamp/'],
    exercises: [
      {
        wizard: 'review',
        step: 'plan',
        stepHeading: '考试计划和成绩公示时间',
        tasks: [
          '核对从示例学校的考核计划带入的成绩公示时间。',
          '把「发送复查申请的日期」改成公示开始后的第二天，进入下一步，看复查截止日期是怎样数出来的。',
          '回到上一步，把发送日期改到截止日以后，看向导为什么不让继续。',
        ],
        lookFor: ['复查要在{reviewDeadline}提出。'],
      },
      {
        wizard: 'certificates',
        step: 'scores',
        stepHeading: '考试成绩',
        demoFile: 'scoreExport',
        tasks: ['下载示例学校的成绩导出并选择它，看谁通过了证书考核。', '到「负责人签名章」一步选择示例学校的签名章扫描图片，看向导怎样去掉底色并缩放。'],
        lookFor: ['理论和实操都达到 {passMark} 分才通过。'],
      },
    ],
    cards: ['review', 'certificates'],
  },
  {
    key: 'wrapUp',
    title: '总结和答疑',
    minutes: 5,
    goals: ['拿到速查卡，知道回到学校后从哪里开始。', '会清除演示数据，开始自己学校的工作。'],
    guides: ['/reference/faq/'],
  },
];
