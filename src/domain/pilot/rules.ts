import { certificate } from '../certificate/facts';
import { pilotFormFields } from './facts';
import type { PilotAnswers, PilotFormField } from './schema';

/** Where today falls against the batch's 申报时间. */
export type WindowStatus = 'notOpenYet' | 'open' | 'closed';

/** Return whether the batch window is still ahead, open, or over on `today` (ISO dates, both ends inclusive). */
export function judgeWindow(window: { start: string; end: string }, today: string): WindowStatus {
  if (today < window.start) return 'notOpenYet';
  return today <= window.end ? 'open' : 'closed';
}

/** Return the majors trimmed, without empty or repeated entries, in the order typed. */
export function normalizeMajors(majors: readonly string[]): string[] {
  return [...new Set(majors.map((major) => major.trim()).filter(Boolean))];
}

const n = (value: number | null) => value ?? 0;

/** Draft the 师资情况描述 from the teacher answers; the user edits it before copying. */
export function draftTeacherDescription(answers: PilotAnswers): string {
  const { total, seniorTitle, dualQualified, trainedByOrganisation, extra } = answers.teachers;
  const majors = normalizeMajors(answers.majors);
  const field = majors.length ? `${majors.join('、')}等相关专业` : '相关专业';
  const parts = [`我校现有${field}专任教师 ${n(total)} 名`];
  const among = [
    seniorTitle ? `具有高级职称的 ${seniorTitle} 名` : '',
    dualQualified ? `“双师型”教师 ${dualQualified} 名` : '',
  ].filter(Boolean);
  if (among.length) parts.push(`其中${among.join('、')}`);
  const sentences = [`${parts.join('，')}。`];
  if (trainedByOrganisation) {
    sentences.push(`已有 ${trainedByOrganisation} 名教师参加${certificate.issuer}组织的${certificate.name}师资培训。`);
  } else {
    sentences.push(`我校将安排教师参加${certificate.issuer}组织的${certificate.name}师资培训。`);
  }
  if (extra.trim()) sentences.push(extra.trim());
  return sentences.join('');
}

/** Draft the 场地情况描述 from the facility answers; the user edits it before copying. */
export function draftFacilityDescription(answers: PilotAnswers): string {
  const { rooms, machines, software, extra } = answers.facilities;
  const sentences = [`我校现有可用于${certificate.shortName}实训和考核的计算机机房 ${n(rooms)} 间，共有计算机 ${n(machines)} 台。`];
  const installed = software.map((item) => item.trim()).filter(Boolean);
  if (installed.length) sentences.push(`机房已安装${installed.join('、')}等软件。`);
  if (extra.trim()) sentences.push(extra.trim());
  return sentences.join('');
}

/** One field of the platform's form with the value to enter. */
export interface PilotFormValue {
  label: string;
  isRequired: boolean;
  /** How the platform takes it: shown (check only), choice (pick), list, number, rich text (type or paste), file. */
  kind: PilotFormField['kind'];
  /** Text to type or copy; a list field gives one entry per line. */
  value: string;
  /** How to enter it on the platform, from the form's facts. */
  note?: string;
}

/** Return every field of the 申报证书试点 form, in the platform's order, with the value to enter. */
export function listPilotFormValues(answers: PilotAnswers): PilotFormValue[] {
  const values: Record<string, string> = {
    申报批次: answers.batch.trim(),
    选择试点证书: certificate.name,
    拟申请的专业名称: normalizeMajors(answers.majors).join('\n'),
    拟申报的培训人数: answers.trainees === null ? '' : String(answers.trainees),
    师资情况描述: answers.teacherText.trim(),
    场地情况描述: answers.facilityText.trim(),
    其他佐证材料: answers.evidence.join('\n'),
  };
  return pilotFormFields.map(({ label, isRequired, kind, note }) => ({ label, isRequired, kind, value: values[label] ?? '', ...(note ? { note } : {}) }));
}
