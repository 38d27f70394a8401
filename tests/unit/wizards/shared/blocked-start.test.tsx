// @vitest-environment happy-dom
/**
 * Start screens that cannot be used yet (issue 14): each wizard built on an earlier
 * one names, through its step list's `blockedBy`, what is missing and the wizard
 * that provides it; the kit's blocked screen offers that link and no 下一步.
 */
import { describe, expect, test } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { createEmptyWorkspace } from '../../../../src/domain/workspace/rules';
import type { Workspace } from '../../../../src/domain/workspace/schema';
import { buildSampleWorkspace } from '../../../../wizards/demo/sample-workspace';
import { BlockedStep } from '../../../../wizards/kit/BlockedStep';
import type { StepBlocker } from '../../../../wizards/kit/step-list';
import { createMaterialsContext } from '../../../../wizards/materials/context';
import { materialsSteps } from '../../../../wizards/materials/steps';
import { createPhotosContext, toPhotoStudents } from '../../../../wizards/photos/context';
import { photosSteps } from '../../../../wizards/photos/steps';
import { createRegistrationContext } from '../../../../wizards/registration/context';
import { registrationSteps } from '../../../../wizards/registration/steps';
import { createRoomsContext } from '../../../../wizards/rooms/context';
import { roomsSteps } from '../../../../wizards/rooms/steps';
import { createStaffContext } from '../../../../wizards/staff/context';
import { staffSteps } from '../../../../wizards/staff/steps';

/** Each wizard's first screen and what blocks it, as a function of the workspace. */
const starts: Array<{ slug: string; blockerOf: (workspace: Workspace) => StepBlocker | undefined; provider: string }> = [
  { slug: 'photos', blockerOf: (workspace) => photosSteps.blockerOf('students', createPhotosContext(toPhotoStudents(workspace))), provider: 'candidates' },
  { slug: 'registration', blockerOf: (workspace) => registrationSteps.blockerOf('start', createRegistrationContext(workspace)), provider: 'candidates' },
  { slug: 'rooms', blockerOf: (workspace) => roomsSteps.blockerOf('start', createRoomsContext(workspace)), provider: 'registration' },
  { slug: 'staff', blockerOf: (workspace) => staffSteps.blockerOf('start', createStaffContext(workspace)), provider: 'registration' },
  { slug: 'materials', blockerOf: (workspace) => materialsSteps.blockerOf('start', createMaterialsContext(workspace)), provider: 'registration' },
];

describe('blocked start screens', () => {
  test.each(starts)('$slug: names the wizard that provides what an empty workspace lacks', ({ blockerOf, provider }) => {
    const blocker = blockerOf(createEmptyWorkspace());
    expect(blocker?.provider.href).toBe(`/wizards/${provider}/`);
    expect(blocker?.message).not.toBe('');
  });

  test.each(starts)('$slug: is not blocked with the sample school', ({ blockerOf }) => {
    expect(blockerOf(buildSampleWorkspace(new Date(2026, 2, 1)))).toBeUndefined();
  });

  test('staff and materials send a missing seat plan to 考场设置', () => {
    const workspace = buildSampleWorkspace(new Date(2026, 2, 1));
    const withoutRooms = { ...workspace, roomPlan: [] };
    expect(staffSteps.blockerOf('start', createStaffContext(withoutRooms))?.provider.href).toBe('/wizards/rooms/');
    expect(materialsSteps.blockerOf('start', createMaterialsContext(withoutRooms))?.provider.href).toBe('/wizards/rooms/');
  });
});

describe('BlockedStep', () => {
  test('offers the providing wizard and no 下一步', async () => {
    const root = document.createElement('div');
    const blocker: StepBlocker = { field: 'start-plan', message: '还没有考核计划。', provider: { href: '/wizards/registration/', title: '为学生报考' } };
    await act(() => render(<BlockedStep blocker={blocker} />, root));
    const link = root.querySelector('a')!;
    expect(link.id).toBe('start-plan');
    expect(link.getAttribute('href')).toBe('/wizards/registration/');
    expect(link.textContent).toBe('打开「为学生报考」向导');
    expect(root.querySelector('button')).toBeNull();
    expect(root.textContent).toContain('导入工作文件');
  });
});
