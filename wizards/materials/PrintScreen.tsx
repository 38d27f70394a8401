/** One exam-day document as printable A4 pages. */
import type { VNode } from 'preact';
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
import type { MaterialsContext } from './context';
import { materialsDocuments, type MaterialsDocumentId } from './documents';
import type { MaterialsScreenProps } from './MaterialsWizard';
import { getExamDay, getQuantities } from './steps';

const renderers: Record<MaterialsDocumentId, (context: MaterialsContext) => VNode> = {
  checklist: (context) => <MaterialsChecklistDocument plan={getExamDay(context)} quantities={getQuantities(context)} />,
  banner: (context) => (
    <BannerDocument roomLevels={getExamDay(context).roomLevels} siteName={context.workspace.school.siteName} />
  ),
  doorLabels: (context) => <DoorLabelsDocument plan={getExamDay(context)} />,
  deskLabels: (context) => <DeskLabelsDocument plan={getExamDay(context)} />,
  signInSheets: (context) => <SignInSheetsDocument plan={getExamDay(context)} />,
  roomRecords: (context) => <RoomRecordDocument plan={getExamDay(context)} />,
  inspectionRecord: (context) => <InspectionRecordDocument plan={getExamDay(context)} />,
  sealingConfirmation: (context) => <SealingConfirmationDocument plan={getExamDay(context)} />,
  staffPledge: (context) => <StaffPledgeDocument siteName={context.workspace.school.siteName} staff={context.workspace.staff} />,
  runSheets: (context) => <RunSheetDocument plan={getExamDay(context)} />,
  emergencyCard: (context) => <EmergencyCardDocument siteName={context.workspace.school.siteName} />,
};

/** Show the chosen document with 返回 and 打印. */
export function PrintScreen({ snapshot, send }: MaterialsScreenProps) {
  const { context } = snapshot;
  const document = materialsDocuments.find((entry) => entry.id === context.documentId)!;
  return (
    <PrintStage title={document.title} summary={document.advice} onBack={() => send({ type: 'step.back' })}>
      {renderers[context.documentId](context)}
    </PrintStage>
  );
}
