/**
 * Every wizard of the site, in the order a school meets them in a year. Each has
 * its folder `wizards/<slug>/` (the contract in wizards/kit/README.md) and its page
 * `src/pages/wizards/<slug>.astro`. Slugs and titles are domain facts
 * (`src/domain/wizards/titles.ts`); this adds what each produces and its guide.
 */
import { wizardSlugs, wizardTitles, type WizardSlug } from '../src/domain/wizards/titles';

export interface WizardEntry {
  /** URL segment and folder name under `wizards/`. */
  slug: WizardSlug;
  /** Title shown in lists and page headings. */
  title: string;
  /** One line: what the wizard produces. */
  produces: string;
  /** Guide page that explains the same task. */
  guide: string;
}

export { wizardSlugs, type WizardSlug };

export const wizards: readonly WizardEntry[] = [
  {
    slug: 'pilot',
    title: wizardTitles.pilot,
    produces: '按平台「申报证书试点」表单的顺序整理好每一项内容，并起草师资情况描述和场地情况描述。',
    guide: '/pilot/application/',
  },
  {
    slug: 'site',
    title: wizardTitles.site,
    produces: '对照考场条件逐项自查，生成可打印的自查报告和申报附件清单。',
    guide: '/site/application/',
  },
  {
    slug: 'candidates',
    title: wizardTitles.candidates,
    produces: '检查学生名单并生成「本校学生导入模板」（院校考生、社会考生各一份）和问题清单。',
    guide: '/registration/candidates/',
  },
  {
    slug: 'photos',
    title: wizardTitles.photos,
    produces: '检查、裁剪照片并打包成以证件号码命名的 .zip 文件。',
    guide: '/registration/photos/',
  },
  {
    slug: 'registration',
    title: wizardTitles.registration,
    produces: '生成「按证书导入」报考文件，并算出应有的报考记录数和费用估算。',
    guide: '/registration/enrolment/',
  },
  {
    slug: 'rooms',
    title: wizardTitles.rooms,
    produces: '均衡分配考位，生成考场批量导入文件和可打印的座位安排。',
    guide: '/registration/rooms/',
  },
  {
    slug: 'staff',
    title: wizardTitles.staff,
    produces: '按考场人数配齐监考员和考务人员，生成人员安排表。',
    guide: '/registration/proctors/',
  },
  {
    slug: 'materials',
    title: wizardTitles.materials,
    produces: '算出物料数量，生成可打印的横幅文字、门贴、桌贴、签到表、记录表和考试当天流程表。',
    guide: '/exam-day/room-setup/',
  },
  {
    slug: 'timeline',
    title: wizardTitles.timeline,
    produces: '由考试日期推算每个时间节点，生成日历文件（.ics）和一页时间表。',
    guide: '/registration/key-dates/',
  },
  {
    slug: 'review',
    title: wizardTitles.review,
    produces: '按工作日算出复查截止日，生成「成绩复查表」和邮件标题。',
    guide: '/registration/score-review/',
  },
  {
    slug: 'certificates',
    title: wizardTitles.certificates,
    produces: '统计合格名单，处理负责人签名章图片（透明底、95×95 像素），列出签发步骤。',
    guide: '/certificates/signing/',
  },
];

/** Return the catalog entry for a slug. */
export function getWizard(slug: WizardSlug): WizardEntry {
  const entry = wizards.find((wizard) => wizard.slug === slug);
  if (!entry) throw new Error(`Unknown wizard slug: ${slug}`);
  return entry;
}
