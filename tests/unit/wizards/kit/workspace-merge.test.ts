import { describe, expect, test } from 'vitest';
import { applyWorkspacePatch, createEmptyWorkspace } from '../../../../src/domain/workspace/rules';
import type { Workspace } from '../../../../src/domain/workspace/schema';
import { listPatchedFields, planWorkspaceWrite } from '../../../../wizards/kit/workspace-merge';

const base: Workspace = { ...createEmptyWorkspace(), school: { name: '旧名称', siteName: '', siteCode: '' } };
const renamedElsewhere: Workspace = { ...base, school: { ...base.school, name: '新名称' } };
const room = { name: '301', address: '', detailAddress: '', machines: 40 };

describe('listPatchedFields', () => {
  test('lists the fields of record parts and list parts whole', () => {
    expect(listPatchedFields({ school: { name: 'x', siteCode: 'y' }, rooms: [] })).toEqual(['school.name', 'school.siteCode', 'rooms']);
  });
});

describe('planWorkspaceWrite', () => {
  const plan = (options: Partial<Parameters<typeof planWorkspaceWrite>[0]>) =>
    planWorkspaceWrite({ stored: base, base, patches: [], changedElsewhere: false, apply: applyWorkspacePatch, ...options });

  test('applies the updates to the stored workspace when no other tab wrote it', () => {
    const outcome = plan({ patches: [{ rooms: [room] }] });
    expect(outcome).toMatchObject({ kind: 'write', includesOtherChanges: false, workspace: { rooms: [room], school: { name: '旧名称' } } });
  });

  test('keeps another tab’s change of other fields (the 学校名称 typed elsewhere)', () => {
    const outcome = plan({ stored: renamedElsewhere, changedElsewhere: true, patches: [{ rooms: [room] }] });
    expect(outcome).toMatchObject({ kind: 'write', includesOtherChanges: true, workspace: { rooms: [room], school: { name: '新名称' } } });
  });

  test('writes nothing when another tab changed a field the updates also write', () => {
    expect(plan({ stored: renamedElsewhere, changedElsewhere: true, patches: [{ school: { name: '第三个名称' } }] })).toEqual({ kind: 'conflict', fields: ['school.name'] });
  });

  test('writes over the other tab’s change when the user chose to', () => {
    const outcome = plan({ stored: renamedElsewhere, changedElsewhere: true, force: true, patches: [{ school: { name: '第三个名称' } }] });
    expect(outcome).toMatchObject({ kind: 'write', workspace: { school: { name: '第三个名称' } } });
  });

  test('does not bring back a workspace another tab removed', () => {
    expect(plan({ stored: undefined, changedElsewhere: true, patches: [{ rooms: [room] }] })).toEqual({ kind: 'conflict', fields: ['rooms'] });
  });
});
