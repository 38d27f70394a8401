/** The handover page on screen, ready to print (loaded when the user asks for it). */
import { PrintStage } from '../print/PrintStage';
import { HandoverDocument, handoverDocumentName, type HandoverData } from './HandoverDocument';

/** The print stage with the one page. */
export function Handover({ data, onBack }: { data: HandoverData; onBack: () => void }) {
  return (
    <PrintStage title={handoverDocumentName} onBack={onBack} summary="一页 A4：学校、考核站点、考核计划、人数、各项工作的状态、接下来的时间节点和工作文件。">
      <HandoverDocument data={data} />
    </PrintStage>
  );
}
