/** The question screens of the pilot wizard: batch, majors, teachers, facilities, descriptions. */
import { pilotNotes } from '../../src/domain/pilot/facts';
import { certificate } from '../../src/domain/certificate/facts';
import { menus } from '../../src/domain/platform/facts';
import { machineSpecs } from '../../src/domain/site/requirements';
import { DateField } from '../kit/DateField';
import { errorFor, TextArea, TextField } from '../kit/Fields';
import { describeWorkspaceValue } from '../shared/workspace-hint';
import type { PilotField } from './fields';
import type { PilotScreenProps } from './screen-props';

/** What every question screen's content receives. */
export type QuestionProps = Pick<PilotScreenProps, 'context' | 'send'>;

function Field({ context, send, id, label, hint, size, inputMode }: QuestionProps & { id: PilotField; label: string; hint?: string; size?: number; inputMode?: 'numeric' }) {
  return (
    <TextField
      id={id}
      label={label}
      hint={hint}
      size={size}
      inputMode={inputMode}
      value={context.form[id]}
      error={errorFor(context.errors, id)}
      onInput={(value) => send({ type: 'answer.set', field: id, value })}
    />
  );
}

/** A date question: typed or picked from the browser's calendar. */
function DateQuestion({ context, send, id, label, hint }: QuestionProps & { id: PilotField; label: string; hint: string }) {
  return <DateField id={id} label={label} hint={hint} value={context.form[id]} error={errorFor(context.errors, id)} onInput={(value) => send({ type: 'answer.set', field: id, value })} />;
}

const Count = (props: QuestionProps & { id: PilotField; label: string; hint?: string }) => <Field {...props} size={6} inputMode="numeric" />;

/** 申报批次 and 申报时间, from the province's plan. */
export function BatchQuestions(props: QuestionProps) {
  return (
    <>
      <p>
        在平台「{menus.pilotApplication}」筛选时间和批次，就能看到本省教育主管部门发布的申报计划。{pilotNotes[1]}
      </p>
      <Field {...props} id="schoolName" label="院校名称" hint={`与平台上注册的院校名称一致；打印的汇总表和其他向导都会用到它。${describeWorkspaceValue(props.context.form.schoolName, props.context.workspace.school.name, '院校名称')}`} />
      <Field {...props} id="batch" label="申报批次" hint="照抄本省申报计划里的「申报批次」，例如：2026年第一次" />
      <DateQuestion {...props} id="windowStart" label="申报开始日期" hint="申报计划「申报时间」的开始日期，例如 2026-04-01" />
      <DateQuestion {...props} id="windowEnd" label="申报截止日期" hint="申报计划「申报时间」的结束日期，例如 2026-04-15" />
    </>
  );
}

/** 拟申请的专业名称 (a list) and 拟申报的培训人数. */
export function MajorQuestions(props: QuestionProps) {
  const { context, send } = props;
  return (
    <>
      <h3>拟申请的专业名称</h3>
      <p class="wizard-hint">逐个填写后点「添加到列表」，和平台上的操作一样。若本省不要求按专业填报，可以不填。</p>
      {context.majors.length > 0 ? (
        <ul class="pilot-majors">
          {context.majors.map((major, index) => (
            <li key={major}>
              {major}
              <button type="button" class="wizard-back-link pilot-remove" onClick={() => send({ type: 'major.remove', index })}>
                删除<span class="sr-only">{major}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>（列表中还没有专业）</p>
      )}
      <Field {...props} id="majorDraft" label="专业名称" hint="例如：电子商务" />
      <div class="wizard-actions pilot-add">
        <button type="button" class="wizard-button wizard-button--secondary" onClick={() => send({ type: 'major.add' })}>
          添加到列表
        </button>
      </div>
      <Count {...props} id="trainees" label="拟申报的培训人数" hint={`本年度计划参加${certificate.shortName}证书培训和考核的学生人数。${pilotNotes[0]}`} />
    </>
  );
}

/** Structured questions from which the 师资情况描述 is drafted. */
export function TeacherQuestions(props: QuestionProps) {
  return (
    <>
      <p>下面的回答用来起草「师资情况描述」，下一步之后还可以修改文字。</p>
      <Count {...props} id="teachersTotal" label="相关专业的专任教师人数" />
      <Count {...props} id="teachersSenior" label="其中具有高级职称的人数" hint="没有可不填" />
      <Count {...props} id="teachersDual" label="其中“双师型”教师人数" hint="没有可不填" />
      <Count {...props} id="teachersTrained" label={`其中参加过${certificate.issuerShort}师资培训的人数`} hint="没有可不填" />
      <Field {...props} id="teachersExtra" label="其他想写进描述的内容（选填）" hint="例如：教学成果、企业实践经历" />
    </>
  );
}

/** Structured questions from which the 场地情况描述 is drafted. */
export function FacilityQuestions(props: QuestionProps) {
  const software = machineSpecs.find((spec) => spec.key === 'candidate')!.software;
  return (
    <>
      <p>下面的回答用来起草「场地情况描述」，下一步之后还可以修改文字。</p>
      <Count {...props} id="facilityRooms" label="可用于实训和考核的计算机机房数量" />
      <Count {...props} id="facilityMachines" label="这些机房的计算机总台数" />
      <TextArea
        id="facilitySoftware"
        label="已安装的软件（选填，每行一个）"
        hint={`考试机需要预装：${software.join('；')}`}
        rows={4}
        value={props.context.form.facilitySoftware}
        error={errorFor(props.context.errors, 'facilitySoftware')}
        onInput={(value) => props.send({ type: 'answer.set', field: 'facilitySoftware', value })}
      />
      <Field {...props} id="facilityExtra" label="其他想写进描述的内容（选填）" hint="例如：网络带宽、监控设备" />
    </>
  );
}

/** The two drafted descriptions, editable, and the optional evidence list. */
export function DescriptionQuestions({ context, send }: QuestionProps) {
  const box = (id: 'teacherText' | 'facilityText' | 'evidence', label: string, hint: string, rows: number) => (
    <TextArea id={id} label={label} hint={hint} rows={rows} value={context.form[id]} error={errorFor(context.errors, id)} onInput={(value) => send({ type: 'answer.set', field: id, value })} />
  );
  const redraft = (field: 'teacherText' | 'facilityText', name: string) => (
    <div class="wizard-actions pilot-redraft">
      <button type="button" class="wizard-button wizard-button--secondary" onClick={() => send({ type: 'draft.rewrite', field })}>
        按前面几步的回答重新起草<span class="sr-only">{name}</span>
      </button>
    </div>
  );
  return (
    <>
      <p>这是按您的回答起草的文字，请按本校实际情况修改。平台上这两栏是带格式的编辑框，把文字复制进去即可。</p>
      {box('teacherText', '师资情况描述', '平台必填项', 6)}
      {redraft('teacherText', '师资情况描述')}
      {box('facilityText', '场地情况描述', '平台必填项', 6)}
      {redraft('facilityText', '场地情况描述')}
      {box('evidence', '其他佐证材料（选填）', '准备上传的文件名，每行一个，例如：师资培训证书.pdf', 3)}
    </>
  );
}
