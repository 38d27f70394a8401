/**
 * The facts the 培训 texts may name as `{placeholder}`: everything the glossary
 * and FAQ may name (glossary/fact-values.ts), plus each stage's timing of
 * 重要时间节点 (`{milestone.registration}` → 考前第二周周二截止) and the few
 * figures the cards quote that the glossary does not.
 */
import { signing } from '../certificates/facts';
import { factValues } from '../glossary/fact-values';
import { photoPackage, studentPhoto } from '../photos/facts';
import { candidatesPerRoomInPrinciple } from '../rooms/facts';
import { proctorApprovalWorkingDays } from '../staffing/facts';
import { milestones } from '../timeline/facts';

/** Every placeholder name the training texts may use, with the text it stands for. */
export const trainingFactValues: Readonly<Record<string, string>> = {
  ...factValues,
  ...Object.fromEntries(milestones.map((milestone) => [`milestone.${milestone.key}`, milestone.timing])),
  photoWidthPx: String(studentPhoto.widthPx),
  photoHeightPx: String(studentPhoto.heightPx),
  photoMaxBytes: studentPhoto.maxBytesLabel,
  photoBackground: studentPhoto.background,
  photoFileName: photoPackage.fileNamePattern,
  candidatesPerRoom: String(candidatesPerRoomInPrinciple),
  proctorApprovalWorkingDays: String(proctorApprovalWorkingDays),
  batchPageSize: String(signing.batchPageSize),
};
