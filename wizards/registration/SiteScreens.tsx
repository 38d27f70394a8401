/** The exam site as the platform names it, and whether the province has set its own fees. */
import { defaultFeeYuan, feePayment, levels } from '../../src/domain/certificate/facts';
import { countByLevel } from '../../src/domain/enrolment/rules';
import { menus } from '../../src/domain/platform/facts';
import { RadioGroup, TextField, errorFor } from '../kit/Fields';
import { StepPage } from '../kit/StepPage';
import type { RegistrationScreenProps } from './screen-props';
import { getRegistrable } from './steps';

/** 考核站点: code and name from 「考务管理-考核站点管理」. */
export function SiteScreen({ snapshot, send }: RegistrationScreenProps) {
  const { context } = snapshot;
  return (
    <StepPage title="考核站点" errors={context.errors} onBack={() => send({ type: 'step.back' })} onNext={() => send({ type: 'step.next' })}>
      <p class="wizard-hint">在「{menus.examSiteManagement}」中查看，照原样填写。报考文件的每一行都会写入这两项。</p>
      <TextField
        id="site-code"
        label="考核站点编号"
        value={context.siteCode}
        error={errorFor(context.errors, 'site-code')}
        size={20}
        onInput={(value) => send({ type: 'site.set', field: 'siteCode', value })}
      />
      <TextField
        id="site-name"
        label="考核站点名称"
        hint="平台默认的站点名称是“院校名称+考核证书”，已按此预填，请与平台核对。"
        value={context.siteName}
        error={errorFor(context.errors, 'site-name')}
        size={40}
        onInput={(value) => send({ type: 'site.set', field: 'siteName', value })}
      />
    </StepPage>
  );
}

/** 考核费用: the manual's fees, or the province's own. */
export function FeesScreen({ snapshot, send }: RegistrationScreenProps) {
  const { context } = snapshot;
  const counts = countByLevel(getRegistrable(context).included);
  const defaults = levels.map((level) => `${level} ${defaultFeeYuan[level]} 元`).join('，');
  return (
    <StepPage
      title="本省是否已公布考核费用标准？"
      errors={context.errors}
      onBack={() => send({ type: 'step.back' })}
      onNext={() => send({ type: 'step.next' })}
    >
      <p class="wizard-hint">{feePayment.who}</p>
      <RadioGroup
        id="fee-mode"
        label="考核费用标准"
        value={context.feeMode}
        error={errorFor(context.errors, 'fee-mode')}
        options={[
          { value: 'default', label: '还没有公布', hint: `按手册的标准先行估算（${defaults}）。${feePayment.settlement}` },
          { value: 'provincial', label: '已经公布', hint: '按本省的标准估算，请在下面填写。' },
        ]}
        onChange={(mode) => send({ type: 'fees.setMode', mode })}
      />
      {context.feeMode === 'provincial' &&
        levels
          .filter((level) => (counts[level] ?? 0) > 0)
          .map((level) => (
            <TextField
              key={level}
              id={`fee-${level}`}
              label={`${level}每人（元）`}
              inputMode="numeric"
              size={6}
              value={context.fees[level]}
              error={errorFor(context.errors, `fee-${level}`)}
              onInput={(value) => send({ type: 'fee.set', level, value })}
            />
          ))}
    </StepPage>
  );
}
