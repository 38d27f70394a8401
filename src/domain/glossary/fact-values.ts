/**
 * The facts the glossary, the FAQ, the common mistakes and the 培训 texts (course
 * and quick-reference cards) may name as `{placeholder}`, each taken from the topic
 * that owns it, so a number or menu path in a sentence can never drift from the
 * guides and wizards. Menu paths and buttons come quoted in 「」; each stage of
 * 重要时间节点 is `{milestone.<key>}` (`{milestone.registration}` → 考前第二周周二截止).
 */
import { certificate, defaultFeeYuan, scoring } from '../certificate/facts';
import { signing, stampUpload } from '../certificates/facts';
import { editableAfterRegistrationByOrganisation, photoCheckHours } from '../candidates/facts';
import { admissionTicket, recordsPerCandidate } from '../enrolment/facts';
import { powerRestoreMinutes } from '../exam-day/emergencies';
import { scratchPaperMargin } from '../exam-day/materials';
import { extensionRule, runSheetPoints } from '../exam-day/run-sheet';
import { photoPackage, signatureStamp, studentPhoto } from '../photos/facts';
import { buttons, menus } from '../platform/facts';
import { reviewAnswerWorkingDays, scoreLookup } from '../scores/facts';
import { reviewDeadline } from '../scores/review-deadline';
import { formatReviewMailSubject } from '../scores/rules';
import { candidatesPerRoomInPrinciple } from '../rooms/facts';
import { siteApplicationForm, siteMigrationNote } from '../site/facts';
import { machinesPerRoom } from '../site/requirements';
import { proctorApprovalWorkingDays, proctorRule, siteRoles } from '../staffing/facts';
import { milestones, schedulingDaysAfterRegistration } from '../timeline/facts';

/** Minutes between a run-sheet point and its anchor, without the sign. */
function minutesOf(key: string): string {
  const point = runSheetPoints.find((p) => p.key === key);
  if (!point) throw new Error(`Unknown run-sheet point: ${key}`);
  return String(Math.abs(point.minutes));
}

function countOf(key: (typeof siteRoles)[number]['key']): string {
  return String(siteRoles.find((role) => role.key === key)!.count);
}

const quoted = (name: string) => `「${name}」`;

const menuValues = Object.fromEntries(Object.entries(menus).map(([key, path]) => [`menu.${key}`, quoted(path)]));
// A button the manual names two ways gives both, joined with 或.
const buttonValues = Object.fromEntries(
  Object.entries(buttons).map(([key, name]) => {
    const names: readonly string[] = typeof name === 'string' ? [name] : name;
    return [`button.${key}`, names.map(quoted).join('或')];
  }),
);

/** Every placeholder name with the text it stands for. */
export const factValues: Readonly<Record<string, string>> = {
  ...menuValues,
  ...buttonValues,
  ...Object.fromEntries(milestones.map((milestone) => [`milestone.${milestone.key}`, milestone.timing])),
  certificateName: certificate.name,
  issuer: certificate.issuer,
  fullMarks: String(scoring.fullMarks),
  passMark: String(scoring.passMark),
  feeBasic: String(defaultFeeYuan.初级),
  feeIntermediate: String(defaultFeeYuan.中级),
  feeAdvanced: String(defaultFeeYuan.高级),
  siteApplicationForm: siteApplicationForm.name,
  siteMigrationNote,
  photoCheckHours: String(photoCheckHours),
  recordsPerCandidate: String(recordsPerCandidate),
  passwordDigits: String(admissionTicket.passwordDigits),
  schedulingDays: String(schedulingDaysAfterRegistration),
  chiefExaminerCount: countOf('chiefExaminer'),
  deputyExaminerCount: countOf('deputyExaminer'),
  proctorsMinimum: String(proctorRule.minimumPerRoom),
  smallRoomMaxCandidates: String(proctorRule.smallRoomMaxCandidates),
  proctorRatio: `1:${proctorRule.candidatesPerProctor}`,
  bootMinutes: minutesOf('bootMachines'),
  recheckMinutes: minutesOf('recheckHardware'),
  admitMinutes: minutesOf('admitCandidates'),
  readRulesMinutes: minutesOf('readRules'),
  inspectorLeadMinutes: minutesOf('inspectorRound'),
  entryClosesMinutes: minutesOf('entryCloses'),
  extensionThresholdMinutes: String(extensionRule.thresholdMinutes),
  powerRestoreMinutes: String(powerRestoreMinutes),
  scratchPaperMarginPercent: `${Math.round(scratchPaperMargin * 100)}%`,
  reviewDeadline,
  reviewAnswerWorkingDays: String(reviewAnswerWorkingDays),
  resultsNote: scoreLookup.resultsNote,
  studentKeys: scoreLookup.studentKeys.join('和'),
  certificateKeys: scoreLookup.certificateKeys.join('和'),
  responsiblePersonRank: stampUpload.responsiblePersonRank,
  stampFormat: signatureStamp.formats.map((format) => format.toUpperCase()).join('、'),
  stampBackground: signatureStamp.background,
  stampWidthPx: String(signatureStamp.widthPx),
  stampHeightPx: String(signatureStamp.heightPx),
  stampMaxBytes: signatureStamp.maxBytesLabel,
  photoWidthPx: String(studentPhoto.widthPx),
  photoHeightPx: String(studentPhoto.heightPx),
  photoMaxBytes: studentPhoto.maxBytesLabel,
  photoBackground: studentPhoto.background,
  photoFileName: photoPackage.fileNamePattern,
  photoArchive: photoPackage.archiveFormat,
  candidatesPerRoom: String(candidatesPerRoomInPrinciple),
  proctorApprovalWorkingDays: String(proctorApprovalWorkingDays),
  batchPageSize: String(signing.batchPageSize),
  serversPerRoom: String(machinesPerRoom.server),
  proctorMachinesPerRoom: String(machinesPerRoom.proctor),
  candidateMachinesPerRoom: String(machinesPerRoom.candidate),
  editableAfterEnrolment: editableAfterRegistrationByOrganisation.join('和'),
  // The manual's own example writes the school's name as XX 院校; 学校名称 says what goes there.
  reviewMailSubject: formatReviewMailSubject('学校名称'),
};
