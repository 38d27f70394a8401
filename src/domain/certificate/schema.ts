import { z } from '../zod';

/** One of the certificate's three levels. */
export const LevelSchema = z.enum(['初级', '中级', '高级']);
export type Level = z.infer<typeof LevelSchema>;

/** Each level has one subject of each kind: 理论 (computer-marked) and 实操. */
export const SubjectKindSchema = z.enum(['理论', '实操']);
export type SubjectKind = z.infer<typeof SubjectKindSchema>;

// The fact tables' own shapes (subjects, level facts, names and addresses) are in facts-schema.ts,
// apart from what saved work uses, so wizard pages never load them.
