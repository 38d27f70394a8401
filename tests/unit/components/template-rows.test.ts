import { describe, expect, test } from 'vitest';
import { listTemplateRows } from '../../../src/components/template-rows';
import { candidateImportTemplate, documentTypes } from '../../../src/domain/candidates/facts';
import { enrolmentFields, enrolmentTemplate } from '../../../src/domain/enrolment/facts';
import { pilotFormFields } from '../../../src/domain/pilot/facts';
import { roomFields } from '../../../src/domain/rooms/facts';

describe('listTemplateRows', () => {
  test.each([
    { key: 'candidates' as const, headers: candidateImportTemplate.columns.map((c) => c.header) },
    { key: 'enrolment' as const, headers: [...enrolmentTemplate.columns] },
    { key: 'rooms' as const, headers: roomFields.map((f) => f.name) },
    { key: 'pilotForm' as const, headers: pilotFormFields.map((f) => f.label) },
  ])('returns the $key columns in the platform’s order', ({ key, headers }) => {
    expect(listTemplateRows(key).map((row) => row.header)).toEqual(headers);
  });

  test('numbers the enrolment columns ① to ⑧ with the manual’s rule for each', () => {
    const rows = listTemplateRows('enrolment');
    expect(rows.map((row) => row.marker).join('')).toBe('①②③④⑤⑥⑦⑧');
    expect(rows.map((row) => row.rule)).toEqual(enrolmentFields.map((field) => field.rule));
  });

  test('lists the accepted 证件类型 values for that candidate column', () => {
    const row = listTemplateRows('candidates').find((r) => r.header === '证件类型')!;
    for (const type of documentTypes) expect(row.rule).toContain(type);
  });

  test('leaves the required flag out for room fields, which the manual does not mark', () => {
    expect(listTemplateRows('rooms').every((row) => row.isRequired === undefined)).toBe(true);
  });
});

describe('listTemplateRows for the pilot form', () => {
  test('marks required fields and explains the rich-text descriptions', () => {
    const rows = listTemplateRows('pilotForm');
    expect(rows.filter((row) => row.isRequired).map((row) => row.header)).toEqual(
      pilotFormFields.filter((field) => field.isRequired).map((field) => field.label),
    );
    expect(rows.find((row) => row.header === '师资情况描述')!.rule).toBe('在平台的文本编辑框中填写');
  });
});
