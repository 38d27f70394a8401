import { candidateImportTemplate, documentTypes, educationLevels, genders } from '../domain/candidates/facts';
import { enrolmentFields, enrolmentTemplate } from '../domain/enrolment/facts';
import { pilotFormFields } from '../domain/pilot/facts';
import { roomFields } from '../domain/rooms/facts';
import { formatCircledNumber } from './chinese-numeral';

/** One column of a platform template or form, ready for a guide table. */
export interface TemplateRow {
  /** The manual's circled number for the field, where it numbers them (①–⑧). */
  marker?: string;
  header: string;
  /** Whether the header carries the required marker; absent when the manual does not say. */
  isRequired?: boolean;
  /** Example value from the manual's screenshot. */
  example?: string;
  /** What to put in the column. */
  rule?: string;
}

/** The templates and forms a guide can show. */
export type TemplateKey = 'candidates' | 'enrolment' | 'rooms' | 'pilotForm';

// What the candidate template's columns accept, where the facts list the values.
const candidateValueHints: Record<string, string> = {
  gender: genders.join(' / '),
  documentType: documentTypes.join('、'),
  educationLevel: `${educationLevels.join('、')} 等（平台完整列表未公布，以平台模板为准）`,
};

/** Return the columns of a template in the platform's order. */
export function listTemplateRows(key: TemplateKey): TemplateRow[] {
  switch (key) {
    case 'candidates':
      return candidateImportTemplate.columns.map((column) => ({
        header: column.header,
        isRequired: column.isRequired ?? false,
        example: column.example,
        rule: candidateValueHints[column.key],
      }));
    case 'enrolment':
      return enrolmentTemplate.columns.map((header, index) => ({
        marker: formatCircledNumber(index + 1),
        header,
        isRequired: true,
        rule: enrolmentFields.find((field) => field.column === header)?.rule,
      }));
    case 'rooms':
      return roomFields.map((field) => ({ header: field.name, rule: field.rule }));
    case 'pilotForm':
      return pilotFormFields.map((field) => ({
        header: field.label,
        isRequired: field.isRequired,
        rule: field.note ?? (field.kind === 'richText' ? '在平台的文本编辑框中填写' : undefined),
      }));
  }
}
