// The workbench's 还不能开始 must say what each wizard's own first screen says: compare with the step lists.
import { describe, expect, test } from 'vitest';
import { createEmptyWorkspace } from '../../../../src/domain/workspace/rules';
import type { Workspace } from '../../../../src/domain/workspace/schema';
import { wizardSlugs } from '../../../../wizards/catalog';
import { materialsSteps } from '../../../../wizards/materials/steps';
import { createMaterialsContext } from '../../../../wizards/materials/context';
import { photosSteps } from '../../../../wizards/photos/steps';
import { createPhotosContext, toPhotoStudents } from '../../../../wizards/photos/context';
import { registrationSteps } from '../../../../wizards/registration/steps';
import { createRegistrationContext } from '../../../../wizards/registration/context';
import { roomsSteps } from '../../../../wizards/rooms/steps';
import { createRoomsContext } from '../../../../wizards/rooms/context';
import { staffSteps } from '../../../../wizards/staff/steps';
import { createStaffContext } from '../../../../wizards/staff/context';
import { findBlocker } from '../../../../wizards/workbench/blockers';
import { listTaskSteps } from '../../../../wizards/workbench/step-orders';
import { registered, roomsPlanned, staffed, withCandidates } from '../../../fixtures/workspace';

/** What each blockable wizard's own first screen says on a workspace. */
const fromStepLists = {
  photos: (workspace: Workspace) => photosSteps.blockerOf(photosSteps.ids[0], createPhotosContext(toPhotoStudents(workspace))),
  registration: (workspace: Workspace) => registrationSteps.blockerOf(registrationSteps.ids[0], createRegistrationContext(workspace)),
  rooms: (workspace: Workspace) => roomsSteps.blockerOf(roomsSteps.ids[0], createRoomsContext(workspace)),
  staff: (workspace: Workspace) => staffSteps.blockerOf(staffSteps.ids[0], createStaffContext(workspace)),
  materials: (workspace: Workspace) => materialsSteps.blockerOf(materialsSteps.ids[0], createMaterialsContext(workspace)),
};

const workspaces = { empty: createEmptyWorkspace(), withCandidates, registered, roomsPlanned, staffed };

describe('findBlocker', () => {
  for (const [name, workspace] of Object.entries(workspaces)) {
    test.each(Object.keys(fromStepLists) as Array<keyof typeof fromStepLists>)(`says what the %s wizard's first screen says for the ${name} workspace`, (slug) => {
      expect(findBlocker(slug, workspace)).toEqual(fromStepLists[slug](workspace));
    });
  }

  test('finds a blocker for exactly the wizards whose first screen has one', () => {
    const steps = { photos: photosSteps, registration: registrationSteps, rooms: roomsSteps, staff: staffSteps, materials: materialsSteps } as const;
    const blockable = wizardSlugs.filter((slug) => findBlocker(slug, createEmptyWorkspace()) !== undefined);
    expect(blockable).toEqual(Object.keys(steps).sort((a, b) => wizardSlugs.indexOf(a as never) - wizardSlugs.indexOf(b as never)));
    for (const slug of blockable) expect(listTaskSteps()[slug].positions[steps[slug as keyof typeof steps].ids[0]]).toBe(1);
  });

  test('blocks nothing on a staffed workspace', () => {
    expect(wizardSlugs.filter((slug) => findBlocker(slug, staffed))).toEqual([]);
  });
});
