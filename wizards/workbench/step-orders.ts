/**
 * Every wizard's step numbering (`task-steps.ts`), by slug. Imported by the
 * workbench page when the site is built, never by the island: each step list
 * carries its wizard's checks and the machine parts (XState).
 */
import type { WizardSlug } from '../catalog';
import { candidatesSteps } from '../candidates/steps';
import { certificatesSteps } from '../certificates/steps';
import { materialsSteps } from '../materials/steps';
import { photosSteps } from '../photos/steps';
import { pilotSteps } from '../pilot/steps';
import { registrationSteps } from '../registration/steps';
import { reviewSteps } from '../review/steps';
import { roomsSteps } from '../rooms/steps';
import { siteSteps } from '../site/steps';
import { staffSteps } from '../staff/steps';
import { timelineSteps } from '../timeline/steps';
import { describeTaskSteps, type TaskSteps } from './task-steps';

/** Return each wizard's step numbering. */
export function listTaskSteps(): Record<WizardSlug, TaskSteps> {
  return {
    pilot: describeTaskSteps(pilotSteps),
    site: describeTaskSteps(siteSteps),
    candidates: describeTaskSteps(candidatesSteps),
    photos: describeTaskSteps(photosSteps),
    registration: describeTaskSteps(registrationSteps),
    rooms: describeTaskSteps(roomsSteps),
    staff: describeTaskSteps(staffSteps),
    materials: describeTaskSteps(materialsSteps),
    timeline: describeTaskSteps(timelineSteps),
    review: describeTaskSteps(reviewSteps),
    certificates: describeTaskSteps(certificatesSteps),
  };
}
