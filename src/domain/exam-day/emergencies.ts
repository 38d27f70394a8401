/** 应急处理办法: 手册 第四章 五, the 11 situations as "if … then …". */
import type { Emergency } from './schema';

export const emergencies: readonly Emergency[] = [
  {
    key: 'forceMajeureBeforeStart',
    situation: '临考前，考核站点由于不可抗力因素导致无法正常开始考试',
    response: '立即与鸿科经纬公司协商解决，统一安排；如若考试时间顺延，需做好考生组织工作。',
  },
  {
    key: 'staffAbsent',
    situation: '系统管理员或监考人员临时缺席',
    response:
      '系统管理员缺席应立即告知鸿科经纬公司，由外派巡考人员协助完成考场技术支持工作；对未外派巡考的考核站点，由技术支持远程协助。监考员缺席由考核站点临时安排，监考员未到时可由考务工作人员担任。',
  },
  {
    key: 'candidateLost',
    situation: '考生询问自己在哪个考场',
    response:
      '考核站点设立考试当天紧急询问电话，根据已收到的《考场签到表》迅速查询考生实际考场地址；查不到的，立即联系鸿科经纬公司，根据考生基本信息即时帮助考生查询考场信息。',
  },
  {
    key: 'hardwareFailure',
    situation: '考试过程中因硬件故障耽误考生时间',
    response: '由主考官、巡考员核实情况后根据具体耽误时间予以延时。',
  },
  {
    key: 'powerCut',
    situation: '考试开始前或考试过程中突然停电',
    response:
      '请考生暂时留在考场静坐等待，不允许交头接耳，同时立即通知主（副）考官，根据该考场当天的场次安排决定等待电力恢复的临界时间点。如确认在 60 分钟内可恢复供电，待恢复后继续考试；具体实施时，根据各考场情况可能有所调整。',
  },
  {
    key: 'questionProblem',
    situation: '考生反映题目或试卷内容有问题',
    response: '请考生继续答题，并将情况上报鸿科经纬公司。',
  },
  {
    key: 'uploadFailure',
    situation: '考试结束时因网络故障无法顺利上传考试结果',
    response: '采取本地数据备份导出。',
  },
  {
    key: 'cheating',
    situation: '考生违纪、作弊',
    response: '按规定警告或取消该考生考试资格，并填报记录，要求考生签字。若考生拒不签字，要求所有在场监考人员签字确认。',
  },
  {
    key: 'illness',
    situation: '考生在考试中途突发疾病，无法继续考试',
    response:
      '将考生扶到候考室，先通过医务室或急救箱进行护理，必要时拨打救护电话，同时立即上报鸿科经纬公司，由鸿科经纬公司根据实际情况给出处理方案。',
  },
  {
    key: 'cannotHoldExam',
    situation: '出现人力不可抗拒原因（如天灾、疫情等）导致无法考核',
    response: '考核站点向鸿科经纬公司提出申请，启用备用试卷另行安排考核。',
  },
  {
    key: 'other',
    situation: '发生其他突发情况',
    response: '及时进行相应处理，考试结束后上报鸿科经纬公司；无法解决的应立即上报鸿科经纬公司，由鸿科经纬公司根据实际情况给出处理方案。',
  },
];

/** 手册 第四章 五 5: minutes within which power must return for the exam to continue. */
export const powerRestoreMinutes = 60;
