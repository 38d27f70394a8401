/**
 * Questions as staff type them into search, across the school's year, each with the
 * page whose answer must be among the first three results. Each part of the year
 * keeps its own list under `vocabulary/`.
 */
import type { SearchQuestion } from './vocabulary/questions-types';
import { questions as afterExam } from './vocabulary/questions-after-exam';
import { questions as beforeExam } from './vocabulary/questions-before-exam';
import { questions as examDay } from './vocabulary/questions-exam-day';

export type { SearchQuestion };

export const searchQuestions: SearchQuestion[] = [...beforeExam, ...examDay, ...afterExam];
