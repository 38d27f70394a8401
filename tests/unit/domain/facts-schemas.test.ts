import { describe, expect, test } from 'vitest';
import type { z } from '../../../src/domain/zod';
import { candidateImportTemplate, candidateTypes } from '../../../src/domain/candidates/facts';
import { CandidateTypeFactsSchema, ImportTemplateSchema } from '../../../src/domain/candidates/schema';
import { enrolmentFields } from '../../../src/domain/enrolment/facts';
import { EnrolmentFieldSchema } from '../../../src/domain/enrolment/schema';
import { duties } from '../../../src/domain/exam-day/duties';
import { emergencies } from '../../../src/domain/exam-day/emergencies';
import { materials } from '../../../src/domain/exam-day/materials';
import { processBlocks } from '../../../src/domain/exam-day/process';
import { runSheetPoints } from '../../../src/domain/exam-day/run-sheet';
import {
  DutySchema,
  EmergencySchema,
  MaterialItemSchema,
  ProcessBlockSchema,
  RunSheetPointSchema,
} from '../../../src/domain/exam-day/schema';
import { studentPhoto, signatureStamp } from '../../../src/domain/photos/facts';
import { ImageSpecSchema } from '../../../src/domain/photos/schema';
import { pilotFormFields } from '../../../src/domain/pilot/facts';
import { PilotFormFieldSchema } from '../../../src/domain/pilot/schema';
import { examplePlan } from '../../../src/domain/plan/facts';
import { ExamPlanSchema } from '../../../src/domain/plan/facts-schema';
import { roomFields } from '../../../src/domain/rooms/facts';
import { RoomFieldSchema } from '../../../src/domain/rooms/schema';
import { equipment, machineSpecs } from '../../../src/domain/site/requirements';
import { EquipmentRequirementSchema, MachineSpecSchema } from '../../../src/domain/site/schema';
import { milestones } from '../../../src/domain/timeline/facts';
import { MilestoneSchema } from '../../../src/domain/timeline/schema';

const tables: Array<{ name: string; schema: z.ZodMiniType; rows: readonly unknown[] }> = [
  { name: 'candidateTypes', schema: CandidateTypeFactsSchema, rows: candidateTypes },
  { name: 'candidateImportTemplate', schema: ImportTemplateSchema, rows: [candidateImportTemplate] },
  { name: 'enrolmentFields', schema: EnrolmentFieldSchema, rows: enrolmentFields },
  { name: 'duties', schema: DutySchema, rows: duties },
  { name: 'emergencies', schema: EmergencySchema, rows: emergencies },
  { name: 'materials', schema: MaterialItemSchema, rows: materials },
  { name: 'processBlocks', schema: ProcessBlockSchema, rows: processBlocks },
  { name: 'runSheetPoints', schema: RunSheetPointSchema, rows: runSheetPoints },
  { name: 'image specs', schema: ImageSpecSchema, rows: [studentPhoto, signatureStamp] },
  { name: 'pilotFormFields', schema: PilotFormFieldSchema, rows: pilotFormFields },
  { name: 'examplePlan', schema: ExamPlanSchema, rows: [examplePlan] },
  { name: 'roomFields', schema: RoomFieldSchema, rows: roomFields },
  { name: 'machineSpecs', schema: MachineSpecSchema, rows: machineSpecs },
  { name: 'equipment', schema: EquipmentRequirementSchema, rows: equipment },
  { name: 'milestones', schema: MilestoneSchema, rows: milestones },
];

describe('domain fact tables', () => {
  test.each(tables)('match their schema: $name', ({ schema, rows }) => {
    for (const row of rows) expect(schema.safeParse(row).error).toBeUndefined();
  });

  test.each(tables)('have unique keys: $name', ({ rows }) => {
    const keys = rows.map((row) => (row as { key?: string }).key).filter(Boolean);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('lists the manual’s eleven emergency situations', () => {
    expect(emergencies).toHaveLength(11);
  });

  test('lists the manual’s fourteen materials', () => {
    expect(materials).toHaveLength(14);
  });
});
