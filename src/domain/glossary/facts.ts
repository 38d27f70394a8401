/**
 * 术语表: every term of the manual with a plain definition, its synonyms and the
 * guide page that explains it. Split by stage of the year to keep files small.
 */
import { termsAfterExam } from './terms-after-exam';
import { termsBeforeExam } from './terms-before-exam';
import { termsExamDay } from './terms-exam-day';

export const glossary = [...termsBeforeExam, ...termsExamDay, ...termsAfterExam] as const;
