/** One exam-day document as printable A4 pages. */
import type { VNode } from 'preact';
import { buildExamDayPlan } from '../../src/domain/exam-day/day-plan';
import type { Workspace } from '../../src/domain/workspace/schema';
import { BannerDocument } from '../print/BannerDocument';
import { DeskLabelsDocument } from '../print/DeskLabelsDocument';
import { DoorLabelsDocument } from '../print/DoorLabelsDocument';
import { EmergencyCardDocument } from '../print/EmergencyCardDocument';
import { InspectionRecordDocument } from '../print/InspectionRecordDocument';
import { MaterialsChecklistDocument } from '../print/MaterialsChecklistDocument';
import { PrintStage } from '../print/PrintStage';
import { RoomRecordDocument } from '../print/RoomRecordDocument';
import { RunSheetDocument } from '../print/RunSheetDocument';
import { SealingConfirmationDocument } from '../print/SealingConfirmationDocument';
import { SignInSheetsDocument } from '../print/SignInSheetsDocument';
import { StaffPledgeDocument } from '../print/StaffPledgeDocument';
import { getQuantities, materialsDocuments, type MaterialsDocumentId } from './output';
import type { MaterialsScreenProps } from './screen-props';

const renderers: Record<MaterialsDocumentId, (workspace: Workspace) => VNode> = {
  checklist: (workspace) => <MaterialsChecklistDocument plan={buildExamDayPlan(workspace)} quantities={getQuantities(workspace)} />,
  banner: (workspace) => (
    <BannerDocument roomLevels={buildExamDayPlan(workspace).roomLevels} siteName={workspace.school.siteName} />
  ),
  doorLabels: (workspace) => <DoorLabelsDocument plan={buildExamDayPlan(workspace)} />,
  deskLabels: (workspace) => <DeskLabelsDocument plan={buildExamDayPlan(workspace)} />,
  signInSheets: (workspace) => <SignInSheetsDocument plan={buildExamDayPlan(workspace)} />,
  roomRecords: (workspace) => <RoomRecordDocument plan={buildExamDayPlan(workspace)} />,
  inspectionRecord: (workspace) => <InspectionRecordDocument plan={buildExamDayPlan(workspace)} />,
  sealingConfirmation: (workspace) => <SealingConfirmationDocument plan={buildExamDayPlan(workspace)} />,
  staffPledge: (workspace) => <StaffPledgeDocument siteName={workspace.school.siteName} staff={workspace.staff} />,
  runSheets: (workspace) => <RunSheetDocument plan={buildExamDayPlan(workspace)} />,
  emergencyCard: (workspace) => <EmergencyCardDocument siteName={workspace.school.siteName} />,
};

/** Show the chosen document with 返回 and 打印. */
export function PrintScreen({ snapshot, send }: MaterialsScreenProps) {
  const { context } = snapshot;
  const document = materialsDocuments.find((entry) => entry.id === context.documentId)!;
  return (
    <PrintStage title={document.title} summary={document.advice} onBack={() => send({ type: 'step.back' })}>
      {renderers[context.documentId](context.workspace)}
    </PrintStage>
  );
}
