import { describe, expect, test } from 'vitest';
import { applyWorkspacePatch, createEmptyWorkspace } from '../../../../src/domain/workspace/rules';
import { WorkspaceSchema, workspaceVersion } from '../../../../src/domain/workspace/schema';

describe('createEmptyWorkspace', () => {
  test('returns a workspace of the current version with empty parts', () => {
    expect(createEmptyWorkspace()).toMatchObject({ version: workspaceVersion, school: { name: '' }, candidates: [], rooms: [], staff: [] });
  });

  test('is exactly what the schema makes of a bare version: every part and default, written out without zod', () => {
    expect(createEmptyWorkspace()).toStrictEqual(WorkspaceSchema.parse({ version: workspaceVersion }));
  });

  test('returns a new object each time, so a caller that changes its copy changes no other', () => {
    const first = createEmptyWorkspace();
    first.candidates.push({} as never);
    first.school.name = '某某职业学院';
    expect(createEmptyWorkspace()).toStrictEqual(WorkspaceSchema.parse({ version: workspaceVersion }));
  });
});

describe('applyWorkspacePatch', () => {
  const withSchool = applyWorkspacePatch(createEmptyWorkspace(), { school: { name: '某某职业学院', siteCode: '0071' } });

  test('merges record parts field by field', () => {
    expect(applyWorkspacePatch(withSchool, { school: { name: '某某职业技术学院' } }).school).toEqual({ name: '某某职业技术学院', siteName: '', siteCode: '0071' });
  });

  test('replaces list parts whole and leaves other parts alone', () => {
    const patched = applyWorkspacePatch(withSchool, { rooms: [{ name: '实训楼 301', address: '', detailAddress: '', machines: 40 }] });
    expect(patched.rooms).toHaveLength(1);
    expect(patched.school.siteCode).toBe('0071');
  });

  test('throws for a patch that breaks the schema', () => {
    expect(() => applyWorkspacePatch(withSchool, { candidates: [{ name: '' } as never] })).toThrow();
  });

  test('returns a workspace the schema accepts', () => {
    expect(WorkspaceSchema.safeParse(withSchool).success).toBe(true);
  });
});
