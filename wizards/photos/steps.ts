/** The photo wizard's screens, and when each may be entered (browser Back/Forward, 修改 links, a URL hash). */
import type { PhotosContext } from './context-schema';
import { areMatchedPhotosChecked, isPackReady } from './selectors';

/** The screens of the wizard, in order; each is a top-level state. */
export const photoSteps = ['students', 'photos', 'matching', 'review', 'confirm', 'result'] as const;
export type PhotoStep = (typeof photoSteps)[number];

/** True when the step may be entered now (browser Back/Forward, 修改 links, a URL hash). */
export function canEnterPhotoStep(step: PhotoStep, context: PhotosContext): boolean {
  switch (step) {
    case 'students':
    case 'photos':
      return true;
    case 'matching':
      return context.match !== null;
    case 'review':
      return areMatchedPhotosChecked(context);
    case 'confirm':
    case 'result':
      return isPackReady(context);
  }
}
