/** The photo pack wizard as an island: the kit's host running this wizard's machine and view. */
import { WizardHost } from '../kit/WizardHost';
import { photosDraftSpec } from './context-schema';
import { photosMachine } from './machine';
import { PhotosWizard } from './PhotosWizard';

/** Mounted by `src/pages/wizards/photos.astro`. */
export function PhotosIsland() {
  return <WizardHost machine={photosMachine} draftSpec={photosDraftSpec as never} view={PhotosWizard} />;
}
