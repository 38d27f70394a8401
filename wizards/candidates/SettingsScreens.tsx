/** 拼音写法 and 试点专业: the two settings that change results. */
import { umlautStyles } from '../../src/domain/pinyin/facts';
import type { UmlautStyle } from '../../src/domain/pinyin/schema';
import { errorFor, RadioGroup, TextArea, TextField } from '../kit/Fields';
import { StepPage } from '../kit/StepPage';
import type { CandidatesScreenProps } from './screen-props';

/** 拼音中的 ü. */
export function UmlautScreen({ context, send }: CandidatesScreenProps) {
  const options = (Object.keys(umlautStyles) as UmlautStyle[]).map((style) => ({ value: style, label: umlautStyles[style].label }));
  return (
    <StepPage title="拼音中的 ü 怎样写？" errors={context.errors} onBack={() => send({ type: 'step.back' })} onNext={() => send({ type: 'step.next' })} nextLabel="开始检查">
      <RadioGroup
        id="umlautStyle"
        label="吕、女、律、略等字的拼音写法"
        hint="平台要求哪一种写法没有公布。默认使用护照的写法（只用英文字母）；每个受影响的姓名都会列出来请您确认。"
        value={context.umlautStyle}
        error={errorFor(context.errors, 'umlautStyle')}
        options={options}
        onChange={(style) => send({ type: 'umlaut.set', style })}
      />
      <p>点「开始检查」后，会逐行检查全部 {context.rows.length} 名学生，生成空着的拼音，并列出每一处修改。</p>
    </StepPage>
  );
}

/** 试点专业 and 已批准培训人数. */
export function PilotScreen({ context, send }: CandidatesScreenProps) {
  return (
    <StepPage title="本年度的试点专业和规模" errors={context.errors} onBack={() => send({ type: 'step.back' })} onNext={() => send({ type: 'step.next' })}>
      <p class="wizard-hint">院校考生是省厅批复的本年度试点专业的学生，人数不能超过本年度试点申报规模；其余学生是社会考生。</p>
      <RadioGroup
        id="isPilotSchool"
        label="本校是本年度的试点院校吗？"
        value={context.pilot.isPilotSchool ? 'yes' : 'no'}
        options={[
          { value: 'yes', label: '是' },
          { value: 'no', label: '不是（全部学生都是社会考生）' },
        ]}
        onChange={(value) => send({ type: 'pilot.setIsPilotSchool', value: value === 'yes' })}
      />
      {context.pilot.isPilotSchool && (
        <>
          <TextArea
            id="pilotMajors"
            label="试点专业"
            hint="每行一个专业，写法与名单中的「就读专业」相同；可在专业名称后加空格和专业代码。见「证书管理-证书试点申报」。"
            value={context.pilotMajorsText}
            rows={4}
            error={errorFor(context.errors, 'pilotMajors')}
            onInput={(text) => send({ type: 'pilot.setMajors', text })}
          />
          <TextField
            id="approvedScale"
            label="已批准培训人数"
            hint="「证书管理-证书试点申报」列表中的「已批准培训人数」；还没有批准时，先填「拟申报培训人数」。"
            value={context.approvedScaleText}
            inputMode="numeric"
            size={8}
            error={errorFor(context.errors, 'approvedScale')}
            onInput={(text) => send({ type: 'pilot.setScale', text })}
          />
        </>
      )}
    </StepPage>
  );
}
