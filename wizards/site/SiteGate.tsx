/** The first screens of the site wizard: eligibility, the stop page, and the generated site name. */
import { certificate } from '../../src/domain/certificate/facts';
import { menus } from '../../src/domain/platform/facts';
import { siteApplicationNotes, siteNameRule } from '../../src/domain/site/facts';
import { formatSiteName, judgeSiteEligibility } from '../../src/domain/site/rules';
import { errorFor, RadioGroup, TextField } from '../kit/Fields';
import { describeWorkspaceValue } from '../shared/workspace-hint';
import type { SiteQuestionProps } from './site-fields';

const yesNo = [
  { value: 'yes' as const, label: '是' },
  { value: 'no' as const, label: '否' },
];

/** Who may apply: a pilot school that has never filed a site. */
export function EligibilityQuestions({ context, send }: SiteQuestionProps) {
  const { form, errors } = context;
  return (
    <>
      <p>{siteApplicationNotes[0]}</p>
      <TextField id="schoolName" label="院校名称" hint={`与平台上注册的名称一致，考核站点名称由它生成。${describeWorkspaceValue(form.schoolName, context.workspace.school.name, '院校名称')}`} value={form.schoolName} error={errorFor(errors, 'schoolName')} onInput={(value) => send({ type: 'answer.set', path: 'schoolName', value })} />
      <RadioGroup id="isPilotSchool" label="本校已经是试点院校吗？" hint="本年度至少有一个证书试点申报「审核通过」，就是试点院校。" options={yesNo} value={form.isPilotSchool || null} error={errorFor(errors, 'isPilotSchool')} onChange={(value) => send({ type: 'answer.set', path: 'isPilotSchool', value })} />
      <RadioGroup id="hasFiledBefore" label="本校以前申报过考核站点吗？" hint={`包括未提交、审核中、被退回或已通过的申报。可在「${menus.examSite}」查看。`} options={yesNo} value={form.hasFiledBefore || null} error={errorFor(errors, 'hasFiledBefore')} onChange={(value) => send({ type: 'answer.set', path: 'hasFiledBefore', value })} />
    </>
  );
}

/** Why this school cannot file a site application now. */
export function IneligibleNotice({ context }: SiteQuestionProps) {
  const verdict = judgeSiteEligibility({ isPilotSchool: context.form.isPilotSchool === 'yes', hasFiledBefore: context.form.hasFiledBefore === 'yes' });
  return (
    <div class="site-stop" role="alert">
      <p>{verdict.isEligible ? '' : verdict.message}</p>
      <p>如果选错了，请点「上一步」修改。</p>
    </div>
  );
}

/** The name the platform will give the site. */
export function SiteNameNotice({ context }: SiteQuestionProps) {
  return (
    <>
      <p>{siteNameRule}</p>
      <p class="site-name" id="site-name">
        {formatSiteName(context.form.schoolName)}
      </p>
      <p class="wizard-hint">
        由“{context.form.schoolName.trim()}”（院校名称）加“{certificate.name}”（考核证书）组成。提交后以平台「{menus.examSiteManagement}」显示的名称为准。
      </p>
    </>
  );
}
