/** The pilot wizard's screens: five question screens, check your answers, and the result to copy. */
import type { FunctionComponent } from 'preact';
import { CheckAnswers } from '../kit/CheckAnswers';
import { StepPage } from '../kit/StepPage';
import { toPilotAnswers } from './output';
import { PilotResult } from './PilotResult';
import { BatchQuestions, DescriptionQuestions, FacilityQuestions, MajorQuestions, TeacherQuestions, type QuestionProps } from './PilotQuestions';
import type { PilotScreenProps } from './screen-props';
import './pilot.css';

/** Return a screen that asks the given questions under `title`, with 上一步 and 下一步. */
function questionScreen(title: string, Questions: FunctionComponent<QuestionProps>): FunctionComponent<PilotScreenProps> {
  return function QuestionScreen({ snapshot, send, context }) {
    const back = snapshot.can({ type: 'step.back' }) ? () => send({ type: 'step.back' }) : undefined;
    return (
      <StepPage title={title} errors={context.errors} onBack={back} onNext={() => send({ type: 'step.next' })}>
        <Questions context={context} send={send} />
      </StepPage>
    );
  };
}

export const BatchScreen = questionScreen('本次申报的批次和时间', BatchQuestions);
export const MajorsScreen = questionScreen('申请的专业和培训人数', MajorQuestions);
export const TeachersScreen = questionScreen('师资情况', TeacherQuestions);
export const FacilitiesScreen = questionScreen('场地情况', FacilityQuestions);
export const DescriptionsScreen = questionScreen('检查并修改两段描述', DescriptionQuestions);

/** 检查您的回答, with 修改 links back to each screen. */
export function CheckScreen({ send, context }: PilotScreenProps) {
  const answers = toPilotAnswers(context);
  const goTo = (target: string) => send({ type: 'step.goto', step: target });
  const teacherSummary = `${answers.teachers.total ?? 0} 名，高级职称 ${answers.teachers.seniorTitle ?? 0} 名，双师型 ${answers.teachers.dualQualified ?? 0} 名，参加过培训 ${answers.teachers.trainedByOrganisation ?? 0} 名`;
  return (
    <StepPage title="检查您的回答" onBack={() => send({ type: 'step.back' })} onNext={() => send({ type: 'step.next' })} nextLabel="确认，生成填写清单">
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

/** 按平台表单的顺序填写: every field to copy. */
export function ResultScreen({ send, context }: PilotScreenProps) {
  return (
    <StepPage title="按平台表单的顺序填写" onBack={() => send({ type: 'step.back' })}>
      <PilotResult answers={toPilotAnswers(context)} schoolName={context.form.schoolName.trim()} />
    </StepPage>
  );
}
