/** The pilot wizard's view: renders the machine's screen and sends its events. */
import { CheckAnswers } from '../kit/CheckAnswers';
import { StepPage } from '../kit/StepPage';
import type { WizardViewProps } from '../kit/WizardHost';
import { getStepId } from '../kit/wizard-machine';
import { toPilotAnswers, type PilotStep } from './form';
import type { pilotMachine } from './machine';
import { PilotResult } from './PilotResult';
import { BatchQuestions, DescriptionQuestions, FacilityQuestions, MajorQuestions, TeacherQuestions, type QuestionProps } from './PilotQuestions';
import './pilot.css';

const titles: Record<PilotStep, string> = {
  batch: '本次申报的批次和时间',
  majors: '申请的专业和培训人数',
  teachers: '师资情况',
  facilities: '场地情况',
  descriptions: '检查并修改两段描述',
  check: '检查您的回答',
  result: '按平台表单的顺序填写',
};

const questions: Partial<Record<PilotStep, (props: QuestionProps) => preact.JSX.Element>> = {
  batch: BatchQuestions,
  majors: MajorQuestions,
  teachers: TeacherQuestions,
  facilities: FacilityQuestions,
  descriptions: DescriptionQuestions,
};

/** Render the current screen of the pilot wizard. */
export function PilotWizard({ snapshot, send }: WizardViewProps<typeof pilotMachine>) {
  const step = getStepId(snapshot.value) as PilotStep;
  const { context } = snapshot;
  const back = snapshot.can({ type: 'step.back' }) ? () => send({ type: 'step.back' }) : undefined;
  const next = () => send({ type: 'step.next' });
  const Questions = questions[step];
  if (Questions) {
    return (
      <StepPage title={titles[step]} errors={context.errors} onBack={back} onNext={next}>
        <Questions context={context} send={send} />
      </StepPage>
    );
  }
  const answers = toPilotAnswers(context);
  if (step === 'check') {
    const goTo = (target: string) => send({ type: 'step.goto', step: target });
    const teacherSummary = `${answers.teachers.total ?? 0} 名，高级职称 ${answers.teachers.seniorTitle ?? 0} 名，双师型 ${answers.teachers.dualQualified ?? 0} 名，参加过培训 ${answers.teachers.trainedByOrganisation ?? 0} 名`;
    return (
      <StepPage title={titles.check} onBack={back} onNext={next} nextLabel="确认，生成填写清单">
        <CheckAnswers
          onChange={goTo}
          rows={[
            { key: '院校名称', value: context.form.schoolName, step: 'batch' },
            { key: '申报批次', value: `${answers.batch}（${answers.windowStart} 至 ${answers.windowEnd}）`, step: 'batch' },
            { key: '拟申请的专业名称', value: answers.majors.join('、') || '（不填）', step: 'majors' },
            { key: '拟申报的培训人数', value: String(answers.trainees), step: 'majors' },
            { key: '专任教师', value: teacherSummary, step: 'teachers' },
            { key: '机房与计算机', value: `${answers.facilities.rooms} 间，${answers.facilities.machines} 台`, step: 'facilities' },
            { key: '师资情况描述', value: <p class="pilot-text">{answers.teacherText}</p>, step: 'descriptions' },
            { key: '场地情况描述', value: <p class="pilot-text">{answers.facilityText}</p>, step: 'descriptions' },
            { key: '其他佐证材料', value: answers.evidence.join('、') || '（不填）', step: 'descriptions' },
          ]}
        />
      </StepPage>
    );
  }
  return (
    <StepPage title={titles.result} onBack={back}>
      <PilotResult answers={answers} schoolName={context.form.schoolName.trim()} />
    </StepPage>
  );
}
