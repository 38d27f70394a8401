/** Check-your-answers, the roster and proctor list, how to submit proctors, and the printable roster. */
import { menus } from '../../src/domain/platform/facts';
import { proctorApprovalWorkingDays } from '../../src/domain/staffing/facts';
import { getRoleName } from '../../src/domain/staffing/checks';
import { CheckAnswers } from '../kit/CheckAnswers';
import { NextSteps, ResultFiles } from '../kit/ResultFiles';
import { StepPage } from '../kit/StepPage';
import { PrintStage } from '../print/PrintStage';
import { StaffRosterDocument, staffRosterDocumentName } from '../print/StaffRosterDocument';
import { buildResultFile, listResultFiles, staffSheetNames } from './output';
import type { StaffScreenProps } from './screen-props';
import { buildStaffOutputs, listTeachers } from './steps';

/** 检查您的答案. */
export function ReviewScreen({ snapshot, send }: StaffScreenProps) {
  const { context } = snapshot;
  const teachers = listTeachers(context);
  const goto = (step: string) => send({ type: 'step.goto', step });
  return (
    <StepPage title="检查您的答案" onBack={() => send({ type: 'step.back' })} onNext={() => send({ type: 'step.next' })} nextLabel="生成人员安排">
      <CheckAnswers
        onChange={goto}
        rows={[
          ...teachers
            .filter((teacher) => teacher.role !== 'proctor')
            .map((teacher) => ({ key: getRoleName(teacher.role), value: `${teacher.name}（${teacher.phone}）`, step: 'teachers' })),
          { key: '监考员', value: `${teachers.filter((teacher) => teacher.role === 'proctor').length} 人`, step: 'teachers' },
          ...context.workspace.proctorAssignments.map((entry) => ({
            key: `${entry.roomName}（${entry.level}）`,
            value: entry.proctors.join('、'),
            step: 'assignment',
          })),
        ]}
      />
    </StepPage>
  );
}

/** The result: the roster workbook, the printable roster, and submitting proctors on the platform. */
export function ResultScreen({ snapshot, send }: StaffScreenProps) {
  const { context } = snapshot;
  return (
    <StepPage title="人员安排已准备好" onBack={() => send({ type: 'step.back' })}>
      <ResultFiles files={listResultFiles(context)} build={(id) => buildResultFile(id, context)} />
      <p>
        <button type="button" class="wizard-button wizard-button--secondary" onClick={() => send({ type: 'step.goto', step: 'roster' })}>
          查看并打印{staffRosterDocumentName}
        </button>
      </p>
      <h3 class="run-section-title">申报监考人员</h3>
      <p>报考记录完成并核对无误后，可以在平台录入监考老师，也可以直接把监考安排告诉鸿科经纬公司工作人员、不在平台填写。</p>
      <NextSteps
        steps={[
          {
            title: '提交申报监考人员',
            where: `「${menus.proctors}」`,
            details: `按「${staffSheetNames.proctors}」表录入。平台录入的监考老师由系统自动分配考场。`,
          },
          { title: '等待审核', details: `鸿科经纬公司将于 ${proctorApprovalWorkingDays} 个工作日内审核通过（工作日不含周末和法定节假日）。` },
        ]}
      />
    </StepPage>
  );
}

/** The roster as printable A4 pages. */
export function RosterScreen({ snapshot, send }: StaffScreenProps) {
  const { context } = snapshot;
  return (
    <PrintStage title={staffRosterDocumentName} onBack={() => send({ type: 'step.back' })}>
      <StaffRosterDocument
        siteName={context.workspace.school.siteName}
        planName={context.workspace.examPlan.name}
        roster={buildStaffOutputs(context).roster}
      />
    </PrintStage>
  );
}
